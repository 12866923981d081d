package dev.telelicense.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample facts in {@code examples/facts/} say in their comments which rules they fail; these tests
 * hold them to it, on the sample licences as parsed, on the as-of date each file names.
 */
class ExampleFactsTest {

  private static Set<String> failing(String name, String asOf) {
    License license = LicenseTextParser.standard().parse(Samples.read(Samples.license(name + ".txt")))
        .value().orElseThrow();
    ComplianceReport r = Rulebook.standard().evaluate(license,
        YamlDocuments.standard().readFacts(Samples.read(Samples.facts(name + ".yaml"))), LocalDate.parse(asOf));
    return r.findings().stream().filter(f -> f.status() == Status.FAIL)
        .map(f -> f.rule() + f.provision().map(p -> "@" + p).orElse("")).collect(Collectors.toSet());
  }

  @Test
  void icp150746FailsOnlyTheHomepageOfYxqiche() {
    assertEquals(Set.of("websites.show-license-number@二"), failing("jing-icp-150746", "2025-05-20"));
  }

  @Test
  void b2_20190486FailsOnlyTheLate2022AnnualReport() {
    assertEquals(Set.of("annual-report.filed-in-q1@十四"), failing("jing-b2-20190486", "2024-02-01"));
  }

  @Test
  void b2_20240286FailsNothing() {
    assertEquals(Set.of(), failing("jing-b2-20240286", "2026-11-22"));
  }

  @Test
  void b2_20252223FailsOnlyTheLateAssessmentUnderBothItemLists() {
    assertEquals(Set.of("security-assessment.reported-in-30-days@十五（七）",
        "security-assessment.reported-in-30-days@十六（八）"), failing("jing-b2-20252223", "2026-11-22"));
  }

  @Test
  void everySampleLicenceHasAFactsFile() throws IOException {
    try (var files = Files.list(Samples.folder("licenses"))) {
      List<String> missing = files.map(p -> p.getFileName().toString().replace(".txt", ".yaml"))
          .filter(n -> !Files.exists(Samples.facts(n))).toList();
      assertEquals(List.of(), missing);
    }
  }
}
