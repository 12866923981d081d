package dev.telelicense.rules.diff;

import dev.telelicense.model.Website;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The websites part of a {@link LicenseDiff}. */
final class WebsiteDiff {
  private WebsiteDiff() {}

  /**
   * The appendix lists a website once per grant it serves; each distinct website counts once. Pairs
   * by name first, then by a shared domain, so that a renamed site is a change, not a new site.
   */
  static List<WebsiteChange> between(List<Website> before, List<Website> after) {
    List<Website> unpaired = new ArrayList<>(distinct(before));
    List<Website> now = distinct(after);
    List<Website> pairedWith = new ArrayList<>();
    for (Website a : now) {
      Website b = unpaired.stream().filter(w -> w.name().equals(a.name())).findFirst().orElse(null);
      pairedWith.add(b);
      if (b != null) {
        unpaired.remove(b);
      }
    }
    List<WebsiteChange> changes = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      Website a = now.get(i);
      Website b = pairedWith.get(i);
      if (b == null) {
        b = unpaired.stream().filter(w -> w.domains().stream().anyMatch(a.domains()::contains))
            .findFirst().orElse(null);
        if (b == null) {
          changes.add(new WebsiteChange(ChangeKind.ADDED, a.name(), List.of()));
          continue;
        }
        unpaired.remove(b);
      }
      List<FieldChange> fields = new ArrayList<>();
      LicenseDiff.field(fields, "name", Optional.of(b.name()), Optional.of(a.name()));
      LicenseDiff.field(fields, "domains", LicenseDiff.joined(b.domains()), LicenseDiff.joined(a.domains()));
      LicenseDiff.field(fields, "serverLocation", b.serverLocation(), a.serverLocation());
      LicenseDiff.field(fields, "accessProvider", b.accessProvider(), a.accessProvider());
      if (!fields.isEmpty()) {
        changes.add(new WebsiteChange(ChangeKind.CHANGED, a.name(), fields));
      }
    }
    for (Website b : unpaired) {
      changes.add(new WebsiteChange(ChangeKind.REMOVED, b.name(), List.of()));
    }
    return changes;
  }

  private static List<Website> distinct(List<Website> websites) {
    List<Website> distinct = new ArrayList<>();
    for (Website w : websites) {
      if (!distinct.contains(w)) {
        distinct.add(w);
      }
    }
    return distinct;
  }
}
