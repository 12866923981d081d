package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.facts;
import static dev.telelicense.rules.Fixtures.only;
import static dev.telelicense.rules.Fixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Provisions 九, 十一, 十二 and 十四: the periods and how they are counted. */
class DeadlineRulesTest {
  private static final License DONGCHE = SeedLicenses.seed002();

  static IllegalInfoDisposal disposal(String disposed, String reported) {
    var b = IllegalInfoDisposal.builder().disposedOn(d(disposed));
    if (reported != null) {
      b.reportedOn(d(reported));
    }
    return b.build();
  }

  static OperatingFacts disposals(IllegalInfoDisposal... d) {
    return facts().illegalInfoDisposals(List.of(d)).build();
  }

  @Nested
  class IllegalInformation {
    private static final String ID = "illegal-info.reported-in-10-workdays";

    @Test
    void reportedOnTheTenthWorkingDayAfterNationalDayIsInTime() {
      Finding f = only(ID, DONGCHE, disposals(disposal("2024-09-27", "2024-10-16")), d("2024-12-01"));
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of("九"), f.provision());
    }

    @Test
    void reportedTheDayAfterIsLateAndTheMessageNamesTheDates() {
      Finding f = only(ID, DONGCHE, disposals(disposal("2024-09-27", "2024-10-17")), d("2024-12-01"));
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("2024-10-16") && f.message().contains("2024-10-17"), f.message());
    }

    @Test
    void notYetReportedButStillInTimePassesWithTheDeadlineDue() {
      Finding f = only(ID, DONGCHE, disposals(disposal("2024-09-27", null)), d("2024-10-10"));
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of(d("2024-10-16")), f.due());
    }

    @Test
    void notReportedAfterTheDeadlineFails() {
      assertEquals(Status.FAIL,
          only(ID, DONGCHE, disposals(disposal("2024-09-27", null)), d("2024-10-17")).status());
    }

    @Test
    void noDisposalsIsCompliantButUnknownDisposalsAreNotReviewed() {
      assertEquals(Status.PASS, only(ID, DONGCHE, disposals(), d("2026-11-22")).status());
      assertEquals(Status.NOT_REVIEWED, only(ID, DONGCHE, OperatingFacts.unknown(), d("2026-11-22")).status());
    }

    @Test
    void aDeadlineInAYearWithoutANoticeIsNotReviewedNamingTheYear() {
      Finding f = only(ID, DONGCHE, disposals(disposal("2026-12-24", "2027-01-08")), d("2027-02-01"));
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertTrue(f.message().contains("2027"), f.message());
      EvaluationContext en = EvaluationContext.builder().license(DONGCHE)
          .facts(disposals(disposal("2026-12-24", "2027-01-08"))).asOf(d("2027-02-01"))
          .language(Language.EN).build();
      assertTrue(Fixtures.rule(ID).evaluate(en).get(0).message()
          .contains("no official holiday calendar for 2027"));
    }

    @Test
    void aReportBeforeTheEarliestPossibleDeadlineNeedsNoCalendar() {
      // Ten working days cannot end before ten calendar days: 2027-01-03.
      assertEquals(Status.PASS,
          only(ID, DONGCHE, disposals(disposal("2026-12-24", "2027-01-03")), d("2027-02-01")).status());
    }

    @Test
    void aUserCalendarFor2027LetsTheRuleJudge() {
      WorkdayCalendar with2027 = WorkdayCalendar.official().and(WorkdayCalendar.builder().knownYear(2027)
          .dayOff(d("2027-01-01")).build());
      // From 2026-12-24: 25, 28, 29, 30, 31 Dec (5), then 4–8 Jan 2027 (10).
      EvaluationContext ctx = EvaluationContext.builder().license(DONGCHE).asOf(d("2027-02-01"))
          .facts(disposals(disposal("2026-12-24", "2027-01-08"))).calendar(with2027).build();
      assertEquals(Status.PASS, Fixtures.rule(ID).evaluate(ctx).get(0).status());
      ctx = ctx.toBuilder().facts(disposals(disposal("2026-12-24", "2027-01-11"))).build();
      assertEquals(Status.FAIL, Fixtures.rule(ID).evaluate(ctx).get(0).status());
    }

    @Test
    void isJudgedWithoutTheProvision() {
      judgedUncited(Status.PASS, only(ID, without(DONGCHE, t -> t.contains("10个工作日")),
          disposals(), d("2026-11-22")));
    }
  }

  @Nested
  class EntityChanges {
    private static final String ID = "entity-change.applied-in-30-days";

    static OperatingFacts change(String decided, String applied, String approved, String implemented) {
      var b = EntityChange.builder().decidedOn(d(decided));
      Optional.ofNullable(applied).map(LocalDate::parse).ifPresent(b::appliedOn);
      Optional.ofNullable(approved).map(LocalDate::parse).ifPresent(b::approvedOn);
      Optional.ofNullable(implemented).map(LocalDate::parse).ifPresent(b::implementedOn);
      return facts().entityChanges(List.of(b.build())).build();
    }

    @Test
    void thirtyDaysEndingInTheNationalDayHolidayRunToOctober8() {
      Finding f = only(ID, DONGCHE, change("2024-09-01", "2024-10-08", "2024-11-01", "2024-11-05"),
          d("2024-12-01"));
      assertEquals(Status.PASS, f.status(), f.message());
      assertEquals(Optional.of("十一"), f.provision());
    }

    @Test
    void applyingOnOctober9IsLate() {
      assertEquals(Status.FAIL, only(ID, DONGCHE, change("2024-09-01", "2024-10-09", null, null),
          d("2024-12-01")).status());
    }

    @Test
    void implementingBeforeApprovalFails() {
      Finding f = only(ID, DONGCHE, change("2024-09-01", "2024-09-10", "2024-11-01", "2024-10-20"),
          d("2024-12-01"));
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("2024-10-20"), f.message());
      assertEquals(Status.FAIL, only(ID, DONGCHE, change("2024-09-01", "2024-09-10", null, "2024-10-20"),
          d("2024-12-01")).status());
    }

    @Test
    void isNotReviewedWithoutFactsWithOrWithoutTheProvision() {
      assertEquals(Status.NOT_REVIEWED, only(ID, DONGCHE, OperatingFacts.unknown(), d("2024-12-01")).status());
      judgedUncited(Status.NOT_REVIEWED, only(ID, without(DONGCHE, t -> t.contains("作出决定之日起")),
          OperatingFacts.unknown(), d("2024-12-01")));
    }
  }

  @Nested
  class InfoChanges {
    private static final String ID = "info-change.reported-in-30-days";

    static OperatingFacts change(String changed, String reported) {
      var b = InfoChange.builder().changedOn(d(changed));
      Optional.ofNullable(reported).map(LocalDate::parse).ifPresent(b::reportedOn);
      return facts().infoChanges(List.of(b.build())).build();
    }

    @Test
    void aPeriodEndingOnASaturdayBeforeDragonBoatRunsToTuesday() {
      // 2024-05-09 + 30 = Saturday 06-08; 06-10 is 端午: ends 06-11.
      assertEquals(Status.PASS, only(ID, DONGCHE, change("2024-05-09", "2024-06-11"), d("2024-07-01")).status());
      assertEquals(Status.FAIL, only(ID, DONGCHE, change("2024-05-09", "2024-06-12"), d("2024-07-01")).status());
    }

    @Test
    void foundUnderTheOlderWordingToo() {
      // Seed 001: 在变更之日起30日内…更新相关信息; seed 002: 在变更后30日内…报送有关信息.
      Finding f = only(ID, SeedLicenses.seed001(), change("2023-03-01", "2023-03-20"), d("2023-06-01"));
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of("十二"), f.provision());
    }

    @Test
    void unreportedAndOverdueFails() {
      Finding f = only(ID, DONGCHE, change("2026-04-01", null), d("2026-06-01"));
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("2026-05-06"), f.message()); // 05-01 falls in 劳动节 1–5 May
    }

    @Test
    void isNotReviewedWithoutFactsWithOrWithoutTheProvision() {
      assertEquals(Status.NOT_REVIEWED, only(ID, DONGCHE, OperatingFacts.unknown(), d("2026-06-01")).status());
      judgedUncited(Status.NOT_REVIEWED, only(ID, without(DONGCHE, t -> t.contains("提前90日")),
          OperatingFacts.unknown(), d("2026-06-01")));
    }
  }

  @Nested
  class Renewal {
    private static final String ID = "renewal.applied-90-days-ahead";

    @Test
    void beforeTheCutOffItPassesWithTheCutOffDue() {
      Finding f = only(ID, DONGCHE, OperatingFacts.unknown(), d("2026-11-22"));
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of("十二"), f.provision());
      assertEquals(Optional.of(d("2028-10-27")), f.due());
    }

    @Test
    void applyingOnTheCutOffPassesAndTheDayAfterFails() {
      assertEquals(Status.PASS, only(ID, DONGCHE, facts().renewalAppliedOn(d("2028-10-27")).build(),
          d("2028-12-01")).status());
      Finding late = only(ID, DONGCHE, facts().renewalAppliedOn(d("2028-10-28")).build(), d("2028-12-01"));
      assertEquals(Status.FAIL, late.status());
      assertTrue(late.message().contains("2028-10-27"), late.message());
    }

    @Test
    void theCutOffIsNotShiftedEvenOnAHoliday() {
      // Seed 000 expires 2025-06-10: the cut-off 2025-03-12 is counted back, plain.
      assertEquals(Status.FAIL, only(ID, SeedLicenses.seed000(), facts().renewalAppliedOn(d("2025-03-13")).build(),
          d("2025-04-01")).status());
    }

    @Test
    void afterTheCutOffWithoutAFactItIsNotReviewed() {
      assertEquals(Status.NOT_REVIEWED, only(ID, DONGCHE, OperatingFacts.unknown(), d("2028-11-01")).status());
    }

    @Test
    void anUnreadableExpiryIsNotReviewed() {
      assertEquals(Status.NOT_REVIEWED, only(ID, SeedLicenses.seed003(), OperatingFacts.unknown(),
          d("2026-11-22")).status());
    }

    @Test
    void isJudgedWithoutTheProvision() {
      judgedUncited(Status.PASS, only(ID, without(DONGCHE, t -> t.contains("提前90日")),
          OperatingFacts.unknown(), d("2026-11-22")));
    }
  }

  @Nested
  class AnnualReports {
    private static final String ID = "annual-report.filed-in-q1";

    static OperatingFacts reports(AnnualReport... r) {
      return facts().annualReports(List.of(r)).build();
    }

    static AnnualReport report(int year, String filed) {
      return AnnualReport.builder().year(year).filedOn(d(filed)).build();
    }

    @Test
    void everyYearAfterIssueFiledInTheFirstQuarterPasses() {
      Finding f = only(ID, DONGCHE, reports(report(2025, "2025-03-20"), report(2026, "2026-03-31")),
          d("2026-11-22"));
      assertEquals(Status.PASS, f.status(), f.message());
      assertEquals(Optional.of("十四"), f.provision());
      assertEquals(Optional.of(d("2027-03-31")), f.due());
    }

    @Test
    void aMissingYearFailsNamingIt() {
      Finding f = only(ID, DONGCHE, reports(report(2025, "2025-03-20")), d("2026-11-22"));
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("2026"), f.message());
    }

    @Test
    void aReportAfterMarchFailsTheQuarterDoesNotShift() {
      // 2026-03-31 is a Tuesday, but even a weekend end of quarter would not move.
      assertEquals(Status.FAIL, only(ID, DONGCHE, reports(report(2025, "2025-03-20"),
          report(2026, "2026-04-01")), d("2026-11-22")).status());
    }

    @Test
    void aYearWhoseFirstQuarterIsStillRunningIsNotYetDue() {
      Finding f = only(ID, DONGCHE, reports(report(2025, "2025-03-20")), d("2026-03-15"));
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of(d("2026-03-31")), f.due());
    }

    @Test
    void theIssueYearItselfNeedsNoReport() {
      assertEquals(Status.PASS, only(ID, DONGCHE, OperatingFacts.unknown(), d("2024-12-31")).status());
    }

    @Test
    void yearsAfterExpiryAreNotDue() {
      // Seed 001: 2020-01-08 to 2024-03-06 — reports for 2021–2024 only.
      Finding f = only(ID, SeedLicenses.seed001(), reports(report(2021, "2021-03-01"), report(2022, "2022-03-01"),
          report(2023, "2023-03-01"), report(2024, "2024-02-28")), d("2026-11-22"));
      assertEquals(Status.PASS, f.status(), f.message());
    }

    @Test
    void isNotReviewedWithoutReportsOrIssueDate() {
      assertEquals(Status.NOT_REVIEWED, only(ID, DONGCHE, OperatingFacts.unknown(), d("2026-11-22")).status());
      assertEquals(Status.NOT_REVIEWED, only(ID, SeedLicenses.seed003(), reports(), d("2026-11-22")).status());
    }

    @Test
    void isJudgedWithoutTheProvision() {
      judgedUncited(Status.NOT_REVIEWED, only(ID, without(DONGCHE, t -> t.contains("年报")),
          OperatingFacts.unknown(), d("2026-11-22")));
      judgedUncited(Status.FAIL, only(ID, without(DONGCHE, t -> t.contains("年报")),
          reports(), d("2026-11-22")));
    }
  }

  /**
   * A duty every licence carries, judged though the licence text lacks its provision: no citation,
   * and the message says the provision was not found.
   */
  static void judgedUncited(Status expected, Finding f) {
    assertEquals(expected, f.status(), f::toString);
    assertEquals(Optional.empty(), f.provision());
    assertTrue(f.message().contains("许可证文本中未找到"), f.message());
  }
}
