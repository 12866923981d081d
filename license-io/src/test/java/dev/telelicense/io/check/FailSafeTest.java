package dev.telelicense.io.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.document.DocumentException;
import dev.telelicense.io.document.JsonDocuments;
import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.Basis;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 未读即未审 — what was not read is never passed: each licence and facts fixture written for issue 14,
 * parsed from its text and checked as of one day. None of the reports is an all-clear.
 */
class FailSafeTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private static String resource(String path) {
    try (InputStream in = FailSafeTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static License licence(String path) {
    return LicenseTextParser.standard().parse(resource(path)).value().orElseThrow();
  }

  private static OperatingFacts facts(String name) {
    return YamlDocuments.standard().readFacts(resource("/facts/" + name));
  }

  private static ComplianceReport check(License licence, OperatingFacts facts) {
    ComplianceReport r = Rulebook.standard().evaluate(licence, facts, AS_OF);
    assertFalse(r.passed(), () -> "an all-clear: " + r.findings());
    return r;
  }

  private static Finding only(ComplianceReport r, String rule) {
    List<Finding> found = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertEquals(1, found.size(), () -> rule + ": " + found);
    return found.get(0);
  }

  private static void uncited(Status status, Finding f) {
    assertEquals(status, f.status(), f::toString);
    assertEquals(Optional.empty(), f.provision(), f::toString);
    assertTrue(f.message().contains("许可证文本中未找到"), f.message());
  }

  @Test
  void aLicenceCutToItsMainPageIsJudgedFromTheMainPageAndTheLaw() {
    ComplianceReport r = check(licence("/variants/jiangsu_main_page_only.txt"), facts("jiangsu_main_page_only.yaml"));
    Finding first = r.findings().get(0);
    assertEquals("license.complete", first.rule());
    assertEquals(Status.FAIL, first.status());
    assertTrue(first.message().contains("完全没有特别规定事项"), first.message());
    assertTrue(r.hasFailures());
    // The main page excludes the search service; no annual report was ever filed.
    uncited(Status.FAIL, only(r, "scope.services-granted"));
    uncited(Status.FAIL, only(r, "annual-report.filed-in-q1"));
    // The appendix was not read: the website is not failed for missing from it, nor passed.
    assertEquals(Status.NOT_REVIEWED, only(r, "websites.listed").status());
    // B25 is granted and its provision was not read: its items are not reviewed, never "not applicable".
    assertEquals(Status.NOT_REVIEWED, only(r, "ads.show-name-and-number").status());
    assertEquals(Status.NOT_REVIEWED, only(r, "security-assessment.reported-in-30-days").status());
    assertEquals(Status.NOT_REVIEWED, only(r, "attestation").status());
    // B21 is not granted: what only a B21 licence carries does not apply.
    assertEquals(Status.NOT_APPLICABLE, only(r, "data.retained-one-year").status());
  }

  @Test
  void aLicenceCutInsideNineStillHasItsAnnualReportsAndRenewalJudged() {
    ComplianceReport r = check(licence("/variants/hubei_cut_in_provision_nine.txt"),
        facts("hubei_cut_in_provision_nine.yaml"));
    assertEquals("license.complete", r.findings().get(0).rule());
    assertEquals(Status.FAIL, r.findings().get(0).status());
    assertTrue(r.findings().get(0).message().contains("十至十四"), r.findings().get(0).message());
    uncited(Status.PASS, only(r, "annual-report.filed-in-q1"));
    uncited(Status.PASS, only(r, "renewal.applied-90-days-ahead"));
    uncited(Status.PASS, only(r, "illegal-info.reported-in-10-workdays"));
    uncited(Status.NOT_REVIEWED, only(r, "entity-change.applied-in-30-days"));
    assertEquals(Status.NOT_REVIEWED, only(r, "ads.show-name-and-number").status());
    // 十 was cut off with the pages after 九: its attestation is reported, not silently dropped.
    Finding ten = r.findings().stream().filter(f -> f.provision().equals(Optional.of("十"))).findFirst()
        .orElseThrow();
    assertEquals(Status.NOT_REVIEWED, ten.status());
  }

  @Test
  void aLicenceWithAPageOfProvisionsLostIsIncomplete() {
    ComplianceReport r = check(licence("/variants/sichuan_page_of_provisions_removed.txt"), OperatingFacts.unknown());
    assertEquals(Status.FAIL, r.findings().get(0).status());
    assertTrue(r.findings().get(0).message().contains("八至十三"), r.findings().get(0).message());
  }

  @Test
  void anIdcLicenceHasNoAppendixToFailWebsitesAgainst() {
    ComplianceReport r = check(licence("/variants/shanghai_idc_only.txt"), facts("shanghai_idc_only.yaml"));
    assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("license.complete")), r.findings()::toString);
    assertEquals(Status.NOT_APPLICABLE, only(r, "websites.listed").status());
    assertEquals(Status.PASS, only(r, "scope.services-granted").status());
    assertEquals(Status.FAIL, only(r, "annual-report.filed-in-q1").status());
    assertEquals(Status.NOT_APPLICABLE, only(r, "ads.show-name-and-number").status());
  }

  @Test
  void warningsAreReportedWithoutFailing() {
    for (String path : List.of("/variants/guangdong_last_item_cut.txt", "/variants/zhejiang_ends_in_page_header.txt",
        "/variants/beijing_icp_without_appendix.txt")) {
      ComplianceReport r = check(licence(path), OperatingFacts.unknown());
      assertEquals("license.complete", r.findings().get(0).rule(), path);
      assertEquals(Status.NOT_REVIEWED, r.findings().get(0).status(), path);
      assertFalse(r.findings().get(0).message().isEmpty());
    }
    ComplianceReport r = check(licence("/variants/beijing_icp_without_appendix.txt"),
        OperatingFacts.builder().websites(List.of()).build());
    assertEquals(Status.NOT_REVIEWED, only(r, "websites.listed").status());
  }

  @Test
  void factsDatedAfterTheAsOfDateHaveNotHappened() {
    ComplianceReport r = check(SeedRulesTest.seed("jing-b2-20240286.txt"), facts("future_dated.yaml"));
    for (String rule : List.of("renewal.applied-90-days-ahead", "annual-report.filed-in-q1",
        "illegal-info.reported-in-10-workdays")) {
      Finding f = only(r, rule);
      assertEquals(Status.NOT_REVIEWED, f.status(), rule);
      assertTrue(f.message().contains("晚于评估日期2026-11-22"), f.message());
    }
    assertEquals(Status.NOT_REVIEWED, attestation(r, "十").status());
    assertEquals(Optional.of(Basis.ATTESTATION), attestation(r, "十三").basis());
    assertFalse(r.hasFailures());
  }

  @Test
  void attestationsNamingProvisionsTheLicenceLacksAreReported() {
    ComplianceReport r = check(SeedRulesTest.seed("jing-b2-20240286.txt"), facts("unknown_provisions.yaml"));
    for (String named : List.of("九十九", "15")) {
      Finding f = attestation(r, named);
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertTrue(f.message().contains("没有该条款"), f.message());
    }
    // Past its until, 十 is not reviewed again; 十三 holds, and rests on a promise.
    assertEquals(Status.NOT_REVIEWED, attestation(r, "十").status());
    assertEquals(Status.PASS, attestation(r, "十三").status());
    assertEquals(Optional.of(Basis.ATTESTATION), attestation(r, "十三").basis());
    // Reported last: the licence has no such provision to order them by.
    assertEquals("15", r.findings().get(r.findings().size() - 1).provision().orElseThrow());
  }

  private static Finding attestation(ComplianceReport r, String provision) {
    return r.findings().stream().filter(f -> f.rule().equals("attestation")
        && f.provision().equals(Optional.of(provision))).findFirst().orElseThrow();
  }

  @Test
  void annualReportsAreNamedByTheYearCovered() {
    OperatingFacts f = facts("annual_report_year.yaml");
    assertEquals(List.of(2025, 2026, 2023), f.annualReports().orElseThrow().stream().map(a -> a.year()).toList());
    Finding annual = only(Rulebook.standard().evaluate(SeedRulesTest.seed("jing-b2-20240286.txt"), f, AS_OF),
        "annual-report.filed-in-q1");
    assertEquals(Status.PASS, annual.status(), annual::toString);
    DocumentException e = assertThrows(DocumentException.class, () -> YamlDocuments.standard().readFacts(
        "annualReports:\n  - {year: 2025, covers: 2025, filedOn: 2026-03-18}\n"));
    assertTrue(e.getMessage().contains("year 2025 and covers 2025 disagree"), e.getMessage());
    // year filed in the year after it: most likely the report covering it, and the finding says so.
    Finding late = only(Rulebook.standard().prepare(SeedRulesTest.seed("jing-b2-20240286.txt")).evaluate(
        YamlDocuments.standard().readFacts("""
            annualReports:
              - {year: 2025, filedOn: 2026-03-18}
              - {year: 2026, filedOn: 2026-03-18}
            """), AS_OF, Language.EN), "annual-report.filed-in-q1");
    assertEquals(Status.FAIL, late.status());
    assertTrue(late.message().contains("write covers: 2025"), late.message());
  }

  @Test
  void anIncompleteLicenceConvertedToJsonIsStillFlagged() {
    License cut = licence("/variants/hubei_cut_in_provision_nine.txt");
    License back = JsonDocuments.standard().readLicense(JsonDocuments.standard().writeLicense(cut));
    assertEquals(cut, back);
    assertTrue(back.isIncomplete());
    assertEquals(Status.FAIL, Rulebook.standard().evaluate(back, OperatingFacts.unknown(), AS_OF).findings().get(0)
        .status());
  }

  @Test
  void aLicenceDocumentNumberedAsAnIcpFilingIsRefused() {
    DocumentException e = assertThrows(DocumentException.class, () -> JsonDocuments.standard().readLicense(
        "{\"number\": \"京ICP备12345678号\", \"licensee\": \"北京示例科技有限公司\"}"));
    assertTrue(e.getMessage().contains("is an ICP filing number (备案号), not a licence number"), e.getMessage());
  }

  @Test
  void theJsonReportSaysWhatAFindingRestsOn() {
    ComplianceReport r = Rulebook.standard().evaluate(SeedRulesTest.seed("jing-b2-20240286.txt"),
        facts("unknown_provisions.yaml"), AS_OF);
    String json = JsonDocuments.standard().writeReport(r);
    assertTrue(json.contains("\"basis\": \"attestation\""), json);
    assertTrue(json.contains("\"basis\": \"facts\""), json);
    assertEquals(r, JsonDocuments.standard().readReport(json));
  }
}
