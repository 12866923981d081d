package dev.telelicense.io.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.document.JsonDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.Provision;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Rulebook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rulebook on the real parsed seeds: the same obligation found under each licence's own number. */
class SeedRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  private static final List<String> SEEDS = List.of("jing-icp-150746.txt", "jing-b2-20190486.txt",
      "jing-b2-20240286.txt", "jing-b2-20252223.txt");

  static License seed(String name) {
    try (InputStream in = SeedRulesTest.class.getResourceAsStream("/licenses/" + name)) {
      return LicenseTextParser.standard().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .value().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> citations(String seed, String rule) {
    return Rulebook.standard().evaluate(seed(seed), OperatingFacts.unknown(), AS_OF).findings().stream()
        .filter(f -> f.rule().equals(rule)).map(f -> f.provision().orElse("—")).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "security-assessment.reported-in-30-days | jing-b2-20190486.txt | 十五（八）",
      "security-assessment.reported-in-30-days | jing-b2-20252223.txt | 十五（七）,十六（八）",
      "ads.show-name-and-number                | jing-icp-150746.txt | 十五（四）",
      "ads.show-name-and-number                | jing-b2-20252223.txt | 十六（四）",
      "data.retained-one-year                  | jing-b2-20252223.txt | 十五（三）",
      "facilities.within-coverage              | jing-b2-20252223.txt | 二,十五（四）",
      "renewal.applied-90-days-ahead           | jing-b2-20240286.txt | 十二",
      "annual-report.filed-in-q1               | jing-b2-20190486.txt | 十四",
      "illegal-info.reported-in-10-workdays    | jing-icp-150746.txt | 九"})
  void ruleFindsItsProvisionByContent(String rule, String seed, String expected) {
    assertEquals(Set.of(expected.split(",")), citations(seed, rule));
  }

  @Test
  void everyNumberedObligationOfEverySeedHasAFinding() {
    for (String name : SEEDS) {
      License l = seed(name);
      Set<String> cited = Rulebook.standard().evaluate(l, OperatingFacts.unknown(), AS_OF).findings().stream()
          .flatMap(f -> f.provision().stream()).collect(Collectors.toSet());
      for (Provision p : l.provisions()) {
        List<Provision> obligations = p.items().isEmpty() ? List.of(p) : p.items();
        for (Provision o : obligations) {
          assertTrue(cited.contains(l.citationOf(o)), name + " " + l.citationOf(o));
        }
      }
    }
  }

  /** Readers and the rulebook share no mutable state: many threads at once give identical reports. */
  @Test
  void parallelUseGivesIdenticalResults() {
    List<String> expected = SEEDS.stream().map(SeedRulesTest::reportOf).toList();
    List<String> parallel = IntStream.range(0, 200).parallel()
        .mapToObj(i -> reportOf(SEEDS.get(i % SEEDS.size()))).toList();
    for (int i = 0; i < parallel.size(); i++) {
      assertEquals(expected.get(i % SEEDS.size()), parallel.get(i));
    }
  }

  private static String reportOf(String seed) {
    License l = JsonDocuments.standard().readLicense(JsonDocuments.standard().writeLicense(seed(seed)));
    ComplianceReport report = Rulebook.standard().evaluate(l, OperatingFacts.unknown(), AS_OF);
    return JsonDocuments.standard().writeReport(report);
  }

  @Test
  void damagedDatesAreNotReviewedNeverGuessed() {
    Finding inForce = Rulebook.standard().evaluate(seed("jing-b2-20252223.txt"), OperatingFacts.unknown(), AS_OF)
        .findings().get(0);
    assertEquals("license.in-force", inForce.rule());
    assertEquals("NOT_REVIEWED", inForce.status().name());
  }
}
