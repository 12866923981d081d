package dev.telelicense.rules.diff;

import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 许可证变更对比 — what changed between two licences, or two versions of one (a renewal, an amendment):
 * the main page's values, the grants, the appendix's websites and the special provisions by catalogue
 * id, so that a template that renumbers shows moves rather than removals and additions.
 *
 * @param fields number, licensee, legal representative and dates that differ
 * @param grants grants added, removed or changed
 * @param websites websites added, removed or changed
 * @param provisions obligations added, removed, moved or reworded
 */
public record LicenseDiff(List<FieldChange> fields, List<GrantChange> grants, List<WebsiteChange> websites,
    List<ProvisionChange> provisions) {

  /**
   * Copies the lists.
   *
   * @param fields number, licensee, legal representative and dates that differ
   * @param grants grants added, removed or changed
   * @param websites websites added, removed or changed
   * @param provisions obligations added, removed, moved or reworded
   * @throws NullPointerException if a list or an element is null
   */
  public LicenseDiff {
    fields = List.copyOf(fields);
    grants = List.copyOf(grants);
    websites = List.copyOf(websites);
    provisions = List.copyOf(provisions);
  }

  /**
   * Compares two licences, matching provisions with the standard catalogue.
   *
   * @param before the older licence
   * @param after the newer licence
   * @return what differs; {@link #isEmpty()} when they say the same
   * @throws NullPointerException if a licence is null
   */
  public static LicenseDiff between(License before, License after) {
    return between(before, after, ProvisionMatcher.standard());
  }

  /**
   * Compares two licences, matching provisions with a matcher of your own.
   *
   * @param before the older licence
   * @param after the newer licence
   * @param matcher the matcher that identifies the provisions
   * @return what differs
   * @throws NullPointerException if an argument is null
   */
  public static LicenseDiff between(License before, License after, ProvisionMatcher matcher) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(matcher, "matcher");
    List<FieldChange> fields = new ArrayList<>();
    field(fields, "number", Optional.of(before.number().toString()), Optional.of(after.number().toString()));
    field(fields, "licensee", Optional.of(before.licensee()), Optional.of(after.licensee()));
    field(fields, "legalRepresentative", before.legalRepresentative(), after.legalRepresentative());
    field(fields, "issuedOn", before.issuedOn().map(Object::toString), after.issuedOn().map(Object::toString));
    field(fields, "validUntil", before.validUntil().map(Object::toString),
        after.validUntil().map(Object::toString));
    return new LicenseDiff(fields, grants(before.grants(), after.grants()),
        WebsiteDiff.between(before.websites(), after.websites()),
        ProvisionDiff.between(matcher.match(before), matcher.match(after)));
  }

  /**
   * Whether the two licences say the same: no value, grant, website or provision differs (spacing and
   * punctuation of the provisions aside).
   *
   * @return {@code true} when nothing differs
   */
  public boolean isEmpty() {
    return fields.isEmpty() && grants.isEmpty() && websites.isEmpty() && provisions.isEmpty();
  }

  static void field(List<FieldChange> changes, String name, Optional<String> before, Optional<String> after) {
    if (!before.equals(after)) {
      changes.add(new FieldChange(name, before, after));
    }
  }

  static Optional<String> joined(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join("、", values));
  }

  private static String key(Grant g) {
    return g.granted().map(s -> s.key()).orElse(g.name());
  }

  private static List<GrantChange> grants(List<Grant> before, List<Grant> after) {
    List<GrantChange> changes = new ArrayList<>();
    List<Grant> unpaired = new ArrayList<>(before);
    for (Grant a : after) {
      Optional<Grant> b = unpaired.stream().filter(g -> key(g).equals(key(a))).findFirst();
      if (b.isEmpty()) {
        changes.add(new GrantChange(ChangeKind.ADDED, key(a), List.of()));
        continue;
      }
      unpaired.remove(b.get());
      List<FieldChange> fields = new ArrayList<>();
      field(fields, "name", Optional.of(b.get().name()), Optional.of(a.name()));
      field(fields, "limitedTo", joined(b.get().limitedTo()), joined(a.limitedTo()));
      field(fields, "excluding", joined(b.get().excluding()), joined(a.excluding()));
      field(fields, "including", joined(b.get().including()), joined(a.including()));
      field(fields, "coverage", joined(b.get().coverage()), joined(a.coverage()));
      field(fields, "coverageByArea", b.get().coverageByArea(), a.coverageByArea());
      if (!fields.isEmpty()) {
        changes.add(new GrantChange(ChangeKind.CHANGED, key(a), fields));
      }
    }
    for (Grant b : unpaired) {
      changes.add(new GrantChange(ChangeKind.REMOVED, key(b), List.of()));
    }
    return changes;
  }
}
