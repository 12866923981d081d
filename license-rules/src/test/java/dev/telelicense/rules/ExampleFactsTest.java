package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.model.License;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example facts in {@code examples/facts/} say in their comments which rules they fail; these
 * tests hold them to it, against the seed-shaped licences, on the as-of date each file names.
 */
class ExampleFactsTest {
  private static final Path DIR = Path.of("..", "examples", "facts");

  private static Set<String> failing(String file, License license, LocalDate asOf) throws IOException {
    String yaml = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    ComplianceReport r = Rulebook.standard().evaluate(license, ExampleFactsReader.read(yaml), asOf);
    return r.findings().stream().filter(f -> f.status() == Status.FAIL)
        .map(f -> f.rule() + f.provision().map(p -> "@" + p).orElse("")).collect(Collectors.toSet());
  }

  @Test
  void icp150746FailsOnlyTheHomepageOfYxqiche() throws IOException {
    assertEquals(Set.of("websites.show-license-number@二"),
        failing("jing-icp-150746.yaml", SeedLicenses.seed000(), d("2025-05-20")));
  }

  @Test
  void b2_20190486FailsOnlyTheLate2022AnnualReport() throws IOException {
    assertEquals(Set.of("annual-report.filed-in-q1@十四"),
        failing("jing-b2-20190486.yaml", SeedLicenses.seed001(), d("2024-02-01")));
  }

  @Test
  void b2_20240286FailsNothing() throws IOException {
    assertEquals(Set.of(), failing("jing-b2-20240286.yaml", SeedLicenses.seed002(), d("2026-11-22")));
  }

  @Test
  void b2_20252223FailsOnlyTheLateAssessmentUnderBothItemLists() throws IOException {
    assertEquals(Set.of("security-assessment.reported-in-30-days@十五（七）",
        "security-assessment.reported-in-30-days@十六（八）"),
        failing("jing-b2-20252223.yaml", SeedLicenses.seed003(), d("2026-11-22")));
  }

  @Test
  void everyExampleLicenceHasAFactsFile() throws IOException {
    try (var files = Files.list(Path.of("..", "examples", "licenses"))) {
      List<String> missing = files.map(p -> p.getFileName().toString().replace(".txt", ".yaml"))
          .filter(n -> !Files.exists(DIR.resolve(n))).toList();
      assertEquals(List.of(), missing);
    }
  }
}
