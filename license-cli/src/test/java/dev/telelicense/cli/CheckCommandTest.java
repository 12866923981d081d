package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {

  @TempDir Path tmp;

  /** Each sample licence with its facts, as of the same fixed day: exit 0 only when nothing fails. */
  @ParameterizedTest(name = "{0} exits {1}")
  @CsvSource({"jing-icp-150746, 1", "jing-b2-20190486, 1", "jing-b2-20240286, 0", "jing-b2-20252223, 1"})
  void everySampleChecksWithItsFacts(String name, int exit) {
    CliRun run = CliRun.of("check", CliRun.license(name + ".txt"), "--facts", CliRun.facts(name + ".yaml"),
        "--as-of", "2026-11-22");
    assertEquals(exit, run.exitCode(), run.err());
    assertTrue(run.out().contains("截至 2026-11-22"), run.out());
    assertTrue(run.out().contains("合计：PASS "), run.out());
  }

  @Test
  void jsonReportFollowsTheContract() {
    CliRun run = CliRun.of("check", CliRun.license("jing-b2-20240286.txt"), "--facts",
        CliRun.facts("jing-b2-20240286.yaml"), "--as-of", "2026-11-22", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\n  \"license\": \"京B2-20240286\",\n  \"asOf\": \"2026-11-22\",\n  \"findings\": ["),
        run.out());
    assertTrue(run.out().contains("\"rule\": \"renewal.applied-90-days-ahead\",\n      \"provision\": \"十二\",\n"
        + "      \"provisionId\": \"licence-renewal\","), run.out());
    assertTrue(run.out().contains("\"provisionId\": \"licence-renewal\",\n      \"title\": \"许可证续办\",\n"),
        run.out());
    assertTrue(run.out().contains("\"due\": \"2028-10-27\""), run.out());
    assertTrue(run.out().contains("\"summary\": {\n    \"PASS\": "), run.out());
  }

  @Test
  void textReportPutsFailuresFirst() {
    CliRun run = CliRun.of("check", CliRun.license("jing-b2-20190486.txt"), "--facts",
        CliRun.facts("jing-b2-20190486.yaml"), "--as-of", "2026-11-22", "--lang", "en");
    String out = run.out();
    assertTrue(out.indexOf("FAIL (") < out.indexOf("NOT_REVIEWED ("), out);
    assertTrue(out.indexOf("NOT_REVIEWED (") < out.indexOf("PASS ("), out);
    assertTrue(out.contains("as of 2026-11-22"), out);
  }

  @Test
  void withoutFactsEverythingFactualIsNotReviewed() {
    CliRun run = CliRun.of("check", CliRun.license("jing-b2-20240286.txt"), "--as-of", "2026-11-22", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"NOT_REVIEWED\": "), run.out());
  }

  @Test
  void typoInAFactsKeyIsRefusedWithASuggestion() throws IOException {
    Path facts = Files.writeString(tmp.resolve("facts.yaml"), "anualReports: [{year: 2025, filedOn: 2025-03-20}]\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("check", CliRun.license("jing-b2-20240286.txt"), "--facts", facts.toString(),
        "--as-of", "2026-11-22");
    assertEquals(2, run.exitCode());
    assertEquals(facts + ":1: error: unknown field 'anualReports' at $ — did you mean 'annualReports'?\n", run.err());
  }

  /** The parameter handler is every command's: a bad value is one line there too, no usage. */
  @Test
  void aBadOptionValueIsOneLineInEveryCommand() {
    String licence = CliRun.license("jing-b2-20240286.txt");
    String[][] runs = {{"check", licence, "--as-of", "2026-13-01"}, {"check", licence, "--lang", "fr"},
        {"provisions", licence, "--format", "pdf"}, {"rules", "--lang", "de"}};
    for (String[] args : runs) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args));
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("telelicense: Invalid value for option '"), run.err());
    }
  }

  @Test
  void impossibleAsOfDateIsAUsageError() {
    CliRun run = CliRun.of("check", CliRun.license("jing-b2-20240286.txt"), "--as-of", "2025-02-30");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(
        "telelicense: Invalid value for option '--as-of': '2025-02-30' is not a date of the form YYYY-MM-DD"), run.err());
  }

  @Test
  void licenceFromJsonChecksLikeTheText() throws IOException {
    Path json = Files.writeString(tmp.resolve("l.json"), CliRun.of("parse", CliRun.license("jing-b2-20240286.txt")).out(),
        StandardCharsets.UTF_8);
    String fromText = CliRun.of("check", CliRun.license("jing-b2-20240286.txt"), "--facts",
        CliRun.facts("jing-b2-20240286.yaml"), "--as-of", "2026-11-22", "--format", "json").out();
    String fromJson = CliRun.of("check", json.toString(), "--facts",
        CliRun.facts("jing-b2-20240286.yaml"), "--as-of", "2026-11-22", "--format", "json").out();
    assertEquals(fromText, fromJson);
  }

  @Test
  void rulesListsEveryRuleId() {
    CliRun run = CliRun.of("rules", "--lang", "en");
    assertEquals(0, run.exitCode());
    for (String id : new String[] {"license.in-force", "scope.services-granted", "websites.listed",
        "websites.show-license-number", "illegal-info.reported-in-10-workdays", "entity-change.applied-in-30-days",
        "info-change.reported-in-30-days", "renewal.applied-90-days-ahead", "annual-report.filed-in-q1",
        "security-assessment.reported-in-30-days", "ads.show-name-and-number", "data.retained-one-year",
        "facilities.within-coverage", "attestation"}) {
      assertTrue(run.out().contains(id + " "), id);
    }
  }

  /** Strict mode: a NOT_REVIEWED finding makes check exit 1; without it the exit code is unchanged. */
  @Test
  void failOnNotReviewedIsStrict() {
    String license = CliRun.license("jing-b2-20240286.txt");
    assertEquals(0, CliRun.of("check", license, "--as-of", "2026-11-22").exitCode());
    CliRun strict = CliRun.of("check", license, "--as-of", "2026-11-22", "--fail-on", "not-reviewed");
    assertEquals(1, strict.exitCode(), strict.err());
    CliRun bad = CliRun.of("check", license, "--as-of", "2026-11-22", "--fail-on", "pass");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("'pass' is not a status to fail on; use not-reviewed"), bad.err());
  }
}
