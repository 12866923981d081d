package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What was not read is never passed, as the command line shows it (fixtures of the io module). */
class FailSafeCliTest {
  private static final Path FIXTURES = Path.of("..", "license-io", "src", "test", "resources");

  @TempDir Path tmp;

  private static String fixture(String path) {
    return FIXTURES.resolve(path).toString();
  }

  @Test
  void anIncompleteLicenceTextIsAnErrorOfParseAndAFailureOfCheck() {
    CliRun parse = CliRun.of("parse", fixture("variants/jiangsu_main_page_only.txt"));
    assertEquals(1, parse.exitCode(), parse.err());
    assertTrue(parse.err().contains("error: no special provisions (特别规定事项) found"), parse.err());
    assertTrue(parse.out().contains("\"gaps\": ["), parse.out());
    CliRun check = CliRun.of("check", fixture("variants/jiangsu_main_page_only.txt"), "--facts",
        fixture("facts/jiangsu_main_page_only.yaml"), "--as-of", "2026-11-22", "--lang", "en");
    assertEquals(1, check.exitCode(), check.err());
    assertTrue(check.out().contains("license.complete"), check.out());
  }

  @Test
  void warningsLeaveTheExitCodeAsItWas() {
    CliRun parse = CliRun.of("parse", fixture("variants/guangdong_last_item_cut.txt"));
    assertEquals(0, parse.exitCode(), parse.err());
    assertTrue(parse.err().contains("warning: the text of 十五（十三） is cut off"), parse.err());
    // Valid 2020-11-03 to 2025-11-03: checked while in force.
    CliRun check = CliRun.of("check", fixture("variants/guangdong_last_item_cut.txt"), "--as-of", "2025-06-01");
    assertEquals(0, check.exitCode(), check.out());
    CliRun strict = CliRun.of("check", fixture("variants/guangdong_last_item_cut.txt"), "--as-of", "2025-06-01",
        "--fail-on", "not-reviewed");
    assertEquals(1, strict.exitCode(), strict.err());
  }

  @Test
  void aLicenceConvertedToJsonIsStillFlagged() throws IOException {
    Path json = tmp.resolve("hubei.json");
    CliRun convert = CliRun.of("convert", fixture("variants/hubei_cut_in_provision_nine.txt"), "--to", "json");
    assertEquals(1, convert.exitCode(), convert.err());
    Files.writeString(json, convert.out(), StandardCharsets.UTF_8);
    CliRun check = CliRun.of("check", json.toString(), "--as-of", "2026-11-22", "--format", "json");
    assertEquals(1, check.exitCode(), check.err());
    assertTrue(check.out().contains("\"rule\": \"license.complete\""), check.out());
  }

  @Test
  void attestedFindingsAreMarkedAndYearFiledLateHintsAtCovers() throws IOException {
    Path facts = tmp.resolve("facts.yaml");
    Files.writeString(facts, """
        annualReports:
          - {year: 2025, filedOn: 2026-03-18}
        attestations:
          - {provision: 十, by: 张三, on: 2026-10-01}
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("check", CliRun.license("jing-b2-20240286.txt"), "--facts", facts.toString(),
        "--as-of", "2026-11-22");
    assertTrue(run.err().contains("warning: annualReports[0]: year 2025 is the year the report was due"),
        run.err());
    assertTrue(run.err().contains("write covers: 2025"), run.err());
    assertTrue(run.out().contains("[十] 技术接口和解密协助 · attestation  〔依据承诺 attested〕"), run.out());
  }

  @Test
  void aLicenceDocumentNumberedAsAFilingIsRefused() throws IOException {
    Path doc = tmp.resolve("filing.json");
    Files.writeString(doc, "{\"number\": \"京ICP备12345678号\", \"licensee\": \"北京示例科技有限公司\"}",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("check", doc.toString(), "--as-of", "2026-11-22");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("is an ICP filing number (备案号), not a licence number"), run.err());
  }
}
