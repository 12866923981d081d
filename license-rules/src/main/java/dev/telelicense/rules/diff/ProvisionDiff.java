package dev.telelicense.rules.diff;

import dev.telelicense.rules.provision.LicenseProvisions;
import dev.telelicense.rules.provision.MatchedPart;
import dev.telelicense.rules.provision.MatchedProvision;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The provisions part of a {@link LicenseDiff}: obligations paired by catalogue id and section. */
final class ProvisionDiff {
  private ProvisionDiff() {}

  /** One obligation's text at one citation of a licence. */
  private record Occurrence(String key, Optional<String> id, Optional<String> section, String citation,
      String text) {}

  static List<ProvisionChange> between(LicenseProvisions before, LicenseProvisions after) {
    Map<String, List<Occurrence>> old = byKey(before);
    Map<String, List<Occurrence>> now = byKey(after);
    List<ProvisionChange> changes = new ArrayList<>();
    for (Map.Entry<String, List<Occurrence>> e : now.entrySet()) {
      List<Occurrence> was = old.getOrDefault(e.getKey(), List.of());
      List<Occurrence> is = e.getValue();
      for (int i = 0; i < is.size(); i++) {
        Occurrence n = is.get(i);
        if (i >= was.size()) {
          changes.add(change(ChangeKind.ADDED, n, Optional.empty(), Optional.of(n.citation()),
              List.of(new TextEdit(TextEdit.Op.INSERTED, n.text()))));
          continue;
        }
        Occurrence o = was.get(i);
        if (!o.citation().equals(n.citation())) {
          changes.add(change(ChangeKind.MOVED, n, Optional.of(o.citation()), Optional.of(n.citation()),
              List.of()));
        }
        if (!ProvisionMatcher.normalize(o.text()).equals(ProvisionMatcher.normalize(n.text()))) {
          changes.add(change(ChangeKind.REWORDED, n, Optional.of(o.citation()), Optional.of(n.citation()),
              WordDiff.edits(o.text(), n.text())));
        }
      }
    }
    for (Map.Entry<String, List<Occurrence>> e : old.entrySet()) {
      List<Occurrence> was = e.getValue();
      int kept = now.getOrDefault(e.getKey(), List.of()).size();
      for (int i = kept; i < was.size(); i++) {
        Occurrence o = was.get(i);
        changes.add(change(ChangeKind.REMOVED, o, Optional.of(o.citation()), Optional.empty(),
            List.of(new TextEdit(TextEdit.Op.REMOVED, o.text()))));
      }
    }
    return changes;
  }

  private static ProvisionChange change(ChangeKind kind, Occurrence o, Optional<String> before,
      Optional<String> after, List<TextEdit> edits) {
    return new ProvisionChange(kind, o.id(), o.section(), before, after, new MatchedPart(Optional.empty(), o.text()).quote(),
        edits);
  }

  /**
   * Each licence's obligations by pairing key, in licence order: the id and the section for a known
   * obligation (a licence may state the security assessment once for B21 and once for B25), the
   * normalised text for text the catalogue does not know.
   */
  private static Map<String, List<Occurrence>> byKey(LicenseProvisions provisions) {
    Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
    for (MatchedProvision m : provisions.all()) {
      Optional<String> section = m.section().map(s -> s.key());
      Map<String, Occurrence> here = new LinkedHashMap<>();
      for (MatchedPart p : m.parts()) {
        Optional<String> id = p.entry().map(e -> e.id());
        String key = id.map(i -> i + "@" + section.orElse(""))
            .orElseGet(() -> "?" + ProvisionMatcher.normalize(p.text()));
        Occurrence earlier = here.get(key);
        here.put(key, new Occurrence(key, id, section, m.citation(),
            earlier == null ? p.text() : earlier.text() + "\n" + p.text()));
      }
      for (Occurrence o : here.values()) {
        byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
      }
    }
    return byKey;
  }
}
