package dev.telelicense.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.Provision;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Small helpers so the tests read like the regulation. */
final class Fixtures {
  private Fixtures() {}

  static Rule rule(String id) {
    return Rulebook.standard().rule(id).orElseThrow();
  }

  static List<Finding> evaluate(String ruleId, License license, OperatingFacts facts, LocalDate asOf) {
    return rule(ruleId).evaluate(EvaluationContext.of(license, facts, asOf));
  }

  /** The one finding the rule gives; fails the test if there are more. */
  static Finding only(String ruleId, License license, OperatingFacts facts, LocalDate asOf) {
    List<Finding> f = evaluate(ruleId, license, facts, asOf);
    assertEquals(1, f.size(), () -> "expected one finding, got " + f);
    return f.get(0);
  }

  /**
   * The one finding of {@code ruleId} that does not cite {@code citation}: facilities.within-coverage
   * judges the B21 platform item and, apart, provision 二's facilities of other services.
   */
  static Finding onlyBut(String citation, String ruleId, License license, OperatingFacts facts, LocalDate asOf) {
    List<Finding> f = evaluate(ruleId, license, facts, asOf).stream()
        .filter(x -> !x.provision().equals(java.util.Optional.of(citation))).toList();
    assertEquals(1, f.size(), () -> "expected one finding, got " + f);
    return f.get(0);
  }

  static dev.telelicense.model.ImmutableOperatingFacts.Builder facts() {
    return OperatingFacts.builder();
  }

  static OperatedWebsite site(String domain, boolean showsNumber, String serverLocation) {
    return OperatedWebsite.builder().domain(domain).homepageShowsLicenseNumber(showsNumber)
        .serverLocation(serverLocation).build();
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** The licence without the provisions (top-level) or items whose text matches {@code drop}. */
  static License without(License license, Predicate<String> drop) {
    List<Provision> kept = license.provisions().stream().filter(p -> !drop.test(p.text()))
        .map(p -> (Provision) dev.telelicense.model.ImmutableProvision.copyOf(p)
            .withItems(p.items().stream().filter(i -> !drop.test(i.text())).toList()))
        .toList();
    return ImmutableLicense.copyOf(license).withProvisions(kept);
  }
}
