package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code telelicense agenda}: the three formats, the exit codes for pipelines, and bad options. */
class AgendaCommandTest {
  private static final String DONGCHE = CliRun.license("jing-b2-20240286.txt");
  private static final String DONGCHE_FACTS = CliRun.facts("jing-b2-20240286.yaml");

  @Test
  void textIsSortedByDueDateWithDaysLeft() {
    CliRun run = CliRun.of("agenda", DONGCHE, "--as-of", "2028-10-01", "--horizon", "200");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("经营许可证 京B2-20240286 · 北京懂车帝科技有限公司 · 截至 2028-10-01 · 未来200天\n"), out);
    int renewal = out.indexOf("2028-10-27  办理中 · 剩余26天  [十二] 申请续办经营许可证（有效期至2029-01-25）");
    int expiry = out.indexOf("2029-01-25  未开始 · 剩余116天  经营许可证有效期届满（2029-01-25）");
    int report = out.indexOf("2029-03-31  未开始 · 剩余181天  [十四] 2028年度经营许可证年报");
    assertTrue(renewal > 0 && expiry > renewal && report > expiry, out);
    assertTrue(out.contains("    办结后在经营情况中记录：renewalAppliedOn\n"), out);
    // Without facts, the past years' reports are not known to be filed.
    assertTrue(out.contains("2025-03-31  已逾期 · 超期1280天  [十四] 2024年度经营许可证年报"), out);
    assertTrue(out.endsWith("合计：OVERDUE 4 · OPEN 1 · UPCOMING 2 · DONE 0 · UNKNOWN 0\n"), out);
  }

  @Test
  void englishText() {
    CliRun run = CliRun.of("agenda", DONGCHE, "--facts", DONGCHE_FACTS, "--as-of", "2027-02-15", "--lang", "en");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("2027-03-31  open · 44 days left  [十四 14] Annual report for 2026\n"
        + "    File the annual report for 2026 between 2027-01-01 and 2027-03-31 (the first quarter)."
        + " Special provision 十四 14 of the licence.\n"
        + "    Closed by the fact: annualReports[year=2027].filedOn\n"), run.out());
  }

  @ParameterizedTest
  @CsvSource({
      "2026-11-22, 30, 0", // the next annual report is due 2027-03-31, 129 days away
      "2026-11-22, 129, 1", // ... within 129 days
      "2026-11-22, 128, 0",
      "2027-04-01, 0, 1"}) // the 2026 report was not filed in the facts: overdue
  void failWithinForPipelines(String asOf, String days, int exit) {
    CliRun run = CliRun.of("agenda", DONGCHE, "--facts", DONGCHE_FACTS, "--as-of", asOf, "--horizon", "10",
        "--fail-within", days);
    assertEquals(exit, run.exitCode(), run.out() + run.err());
  }

  @Test
  void aDeadlineWaitingOnAnUnpublishedCalendarFailsTheCheck(@TempDir Path dir) throws IOException {
    Path facts = dir.resolve("facts.yaml");
    Files.writeString(facts, "illegalInfoDisposals: [{disposedOn: 2026-12-24}]\n");
    CliRun run = CliRun.of("agenda", DONGCHE, "--facts", facts.toString(), "--as-of", "2026-12-28",
        "--horizon", "30", "--fail-within", "3");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("不早于2027-01-03  日期待定  [九] 上报违法信息处置情况（2026-12-24处置）"), run.out());
  }

  @Test
  void jsonAndIcs() {
    CliRun json = CliRun.of("agenda", DONGCHE, "--facts", DONGCHE_FACTS, "--as-of", "2026-11-22", "--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"kind\": \"annual-report\""), json.out());
    CliRun ics = CliRun.of("agenda", DONGCHE, "--facts", DONGCHE_FACTS, "--as-of", "2026-11-22", "--format", "ics",
        "--remind", "14,2");
    assertEquals(0, ics.exitCode(), ics.err());
    assertTrue(ics.out().startsWith("BEGIN:VCALENDAR\r\n"), ics.out());
    assertTrue(ics.out().contains("TRIGGER;RELATED=START:-P14D\r\n"), ics.out());
    assertTrue(ics.out().contains("TRIGGER;RELATED=START:-P2D\r\n"), ics.out());
    assertFalse(ics.out().contains("-P30D"), ics.out());
    assertEquals("", ics.err());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--horizon|-5|'-5' is not a number of days",
      "--horizon|abc|'abc' is not a number of days from 0 to 36500",
      "--remind|x|'x' is not a list of days before the due date",
      "--as-of|2026-13-01|'2026-13-01' is not a date of the form YYYY-MM-DD",
      "--horizon|99999999999|is not a number of days from 0 to 36500",
      "--fail-within|soon|'soon' is not a number of days",
      "--remind|30,,1|'30,,1' is not a list of days before the due date",
      "--remind|-1|'-1' is not a list of days",
      "--format|pdf|'pdf' is not an agenda format; use text, json or ics",
      "--as-of|2026-02-30|'2026-02-30' is not a date"})
  void badOptionsAreUsageErrors(String option, String value, String message) {
    CliRun run = CliRun.of("agenda", DONGCHE, option, value);
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), "one line, no usage: " + run.err());
    String first = run.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith("telelicense: Invalid value for option '" + option + "'"), run.err());
    assertTrue(first.contains(message), run.err());
    assertFalse(run.err().contains("at dev.telelicense"), run.err());
  }

  @Test
  void aMissingLicenceIsUnusableInput() {
    CliRun run = CliRun.of("agenda", "no-such-licence.txt");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
  }
}
