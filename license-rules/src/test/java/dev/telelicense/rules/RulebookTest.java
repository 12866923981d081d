package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.facts;
import static dev.telelicense.rules.Fixtures.rule;
import static dev.telelicense.rules.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.Provision;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rulebook over whole licences: coverage, order, composition, extension, thread-safety. */
class RulebookTest {
  private static final LocalDate AS_OF = d("2026-11-22");

  static Stream<License> seeds() {
    return Stream.of(SeedLicenses.seed000(), SeedLicenses.seed001(), SeedLicenses.seed002(),
        SeedLicenses.seed003());
  }

  /** Facts of a mostly compliant licensee of seed 002. */
  static OperatingFacts dongcheFacts() {
    return facts().services(List.of("信息发布平台和递送服务"))
        .websites(List.of(site("www.dongchejuguang.com", true, "北京市朝阳区来广营中路甲一号")))
        .annualReports(List.of(AnnualReport.builder().year(2025).filedOn(d("2025-03-20")).build(),
            AnnualReport.builder().year(2026).filedOn(d("2026-03-18")).build()))
        .illegalInfoDisposals(List.of(IllegalInfoDisposal.builder().disposedOn(d("2026-05-06"))
            .reportedOn(d("2026-05-15")).build()))
        .entityChanges(List.of()).infoChanges(List.of()).securityAssessments(List.of())
        .advertisements(List.of()).build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyNumberedObligationGetsAtLeastOneFinding(License license) {
    ComplianceReport report = Rulebook.standard().evaluate(license, OperatingFacts.unknown(), AS_OF);
    Set<String> cited = report.findings().stream().flatMap(f -> f.provision().stream())
        .collect(Collectors.toSet());
    for (Provision p : license.provisions()) {
      List<Provision> obligations = p.items().isEmpty() ? List.of(p) : p.items();
      for (Provision o : obligations) {
        assertTrue(cited.contains(license.citationOf(o)), license.number() + " " + license.citationOf(o));
      }
    }
    assertEquals("license.in-force", report.findings().get(0).rule());
    assertEquals(report.license(), license.number().toString());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findingsFollowTheLicencesOrder(License license) {
    List<String> order = new ArrayList<>();
    for (Provision p : license.provisions()) {
      order.add(license.citationOf(p));
      p.items().forEach(i -> order.add(license.citationOf(i)));
    }
    int last = -1;
    for (Finding f : Rulebook.standard().evaluate(license, OperatingFacts.unknown(), AS_OF).findings()) {
      int at = f.provision().map(order::indexOf).orElse(-1);
      if (f.provision().isPresent()) {
        assertTrue(at >= last, () -> f + " out of order");
        last = at;
      }
    }
  }

  @Test
  void seed003HasFindingsUnderBothItemLists() {
    ComplianceReport r = Rulebook.standard().evaluate(SeedLicenses.seed003(), OperatingFacts.unknown(), AS_OF);
    List<String> assessment = r.findings().stream()
        .filter(f -> f.rule().equals("security-assessment.reported-in-30-days"))
        .map(f -> f.provision().orElseThrow()).toList();
    assertEquals(List.of("十五（七）", "十六（八）"), assessment);
  }

  @Test
  void aMostlyCompliantLicenseePassesWhatItHasShown() {
    ComplianceReport r = Rulebook.standard().evaluate(SeedLicenses.seed002(), dongcheFacts(), AS_OF);
    assertFalse(r.hasFailures(), () -> r.findings().stream().filter(f -> f.status() == Status.FAIL).toList().toString());
    assertEquals(0, r.summary().get(Status.FAIL));
    assertTrue(r.summary().get(Status.NOT_REVIEWED) > 0, "attestations are missing");
  }

  @Test
  void aReportWithoutFailuresMayStillHoldWhatNobodyHasShown() {
    ComplianceReport r = Rulebook.standard().evaluate(SeedLicenses.seed002(), OperatingFacts.unknown(), AS_OF);
    assertFalse(r.hasFailures());
    assertTrue(r.summary().get(Status.NOT_REVIEWED) > 0);
    ComplianceReport expired = Rulebook.standard().evaluate(SeedLicenses.seed001(), dongcheFacts(), AS_OF);
    assertTrue(expired.hasFailures());
  }

  /** A company's own rule: the ICP filing number (备案号) is shown next to the licence number. */
  static final class FilingShownRule implements Rule {
    @Override
    public String id() {
      return "company.filing-number-shown";
    }

    @Override
    public String title(Language lang) {
      return switch (lang) {
        case ZH -> "展示备案号";
        case EN -> "Filing number shown";
      };
    }

    @Override
    public String enforces(Language lang) {
      return "二";
    }

    @Override
    public List<Finding> evaluate(EvaluationContext ctx) {
      return List.of(Finding.builder().rule(id()).provision("二").status(Status.PASS)
          .message(title(ctx.language())).build());
    }
  }

  @Test
  void aCompanyAddsItsOwnRule() {
    Rulebook book = Rulebook.standard().with(new FilingShownRule());
    assertEquals(Rulebook.standard().rules().size() + 1, book.rules().size());
    assertEquals(15, Rulebook.standard().rules().size(), "the standard rulebook is untouched");
    List<Finding> findings = book.evaluate(SeedLicenses.seed002(), dongcheFacts(), AS_OF).findings();
    int own = IntStream.range(0, findings.size())
        .filter(i -> findings.get(i).rule().equals("company.filing-number-shown")).findFirst().orElseThrow();
    assertEquals("二", findings.get(own - 1).provision().orElseThrow(), "sorted in with provision 二");
    assertEquals("三", findings.get(own + 1).provision().orElseThrow(), "attestation of 三 follows");
    assertThrows(IllegalArgumentException.class, () -> book.with(new FilingShownRule()));
  }

  @Test
  void aUserCalendarCarriesThroughTheRulebook() {
    OperatingFacts late2026 = facts().illegalInfoDisposals(List.of(IllegalInfoDisposal.builder()
        .disposedOn(d("2026-12-24")).reportedOn(d("2027-01-08")).build())).build();
    EvaluationContext ctx = EvaluationContext.builder().license(SeedLicenses.seed002()).facts(late2026)
        .asOf(d("2027-02-01")).build();
    Finding before = find(Rulebook.standard().evaluate(ctx), "illegal-info.reported-in-10-workdays");
    assertEquals(Status.NOT_REVIEWED, before.status());
    WorkdayCalendar with2027 = WorkdayCalendar.official()
        .and(WorkdayCalendar.builder().knownYear(2027).dayOff(d("2027-01-01")).build());
    Finding after = find(Rulebook.standard().evaluate(ctx.toBuilder().calendar(with2027).build()),
        "illegal-info.reported-in-10-workdays");
    assertEquals(Status.PASS, after.status());
  }

  @Test
  void messagesAndTitlesComeInBothLanguages() {
    EvaluationContext zh = EvaluationContext.of(SeedLicenses.seed003(), OperatingFacts.unknown(), AS_OF);
    EvaluationContext en = zh.toBuilder().language(Language.EN).build();
    List<Finding> a = Rulebook.standard().evaluate(zh).findings();
    List<Finding> b = Rulebook.standard().evaluate(en).findings();
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).status(), b.get(i).status());
      assertNotEquals(a.get(i).message(), b.get(i).message());
    }
    for (Rule r : Rulebook.standard().rules()) {
      assertFalse(r.title(Language.ZH).isBlank() || r.title(Language.EN).isBlank(), r.id());
      assertNotEquals(r.title(Language.ZH), r.title(Language.EN), r.id());
      assertFalse(r.enforces(Language.EN).isBlank(), r.id());
    }
  }

  @Test
  void parallelEvaluationsGiveIdenticalReports() {
    List<EvaluationContext> contexts = new ArrayList<>();
    List<License> licences = seeds().toList();
    for (int i = 0; i < 200; i++) {
      contexts.add(EvaluationContext.builder().license(licences.get(i % 4))
          .facts(i % 2 == 0 ? dongcheFacts() : OperatingFacts.unknown())
          .asOf(d("2024-01-01").plusDays(7L * i)).language(i % 3 == 0 ? Language.EN : Language.ZH).build());
    }
    List<ComplianceReport> sequential = contexts.stream().map(Rulebook.standard()::evaluate).toList();
    List<ComplianceReport> parallel = contexts.parallelStream().map(Rulebook.standard()::evaluate).toList();
    assertEquals(sequential, parallel);
  }

  private static Finding find(ComplianceReport r, String rule) {
    return r.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
  }
}
