package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.SecurityAssessment;
import dev.telelicense.rules.agenda.Agenda;
import dev.telelicense.rules.agenda.AgendaItem;
import dev.telelicense.rules.agenda.Obligation;
import dev.telelicense.rules.agenda.ObligationSource;
import dev.telelicense.rules.agenda.ObligationState;
import dev.telelicense.rules.calendar.Deadline;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The agenda over the samples at several dates, and across the holidays that move deadlines. */
class AgendaTest {

  private static Agenda agenda(License license, OperatingFacts facts, String asOf, int horizon) {
    return Agenda.of(EvaluationContext.of(license, facts, d(asOf)), Rulebook.standard(), horizon);
  }

  private static AgendaItem item(Agenda a, String kind, String period) {
    return a.items().stream().filter(i -> i.obligation().kind().equals(kind) && i.obligation().period().equals(period))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + period + " in " + show(a)));
  }

  private static String show(Agenda a) {
    return a.items().stream().map(i -> i.obligation().kind() + " " + i.obligation().period() + " " + i.state()
        + " " + i.dueOrEarliest().map(LocalDate::toString).orElse("-") + " " + i.daysLeft())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void beforeTheFirstQuarterTheNextAnnualReportIsUpcoming() {
    Agenda a = agenda(SeedLicenses.seed002(), ExampleFacts.dongche(), "2026-11-22", 365);
    AgendaItem report = item(a, "annual-report", "2026");
    assertEquals(ObligationState.UPCOMING, report.state());
    assertEquals(Optional.of(d("2027-01-01")), report.obligation().opens());
    assertEquals(Optional.of(d("2027-03-31")), report.dueOrEarliest());
    assertEquals(OptionalInt.of(129), report.daysLeft());
    assertEquals(Optional.of("十四"), report.obligation().provision());
    assertEquals(Optional.of("annualReports[year=2027].filedOn"), report.obligation().closedBy());
    // Everything the facts show is done and past; renewal (2028-10-27) is beyond the horizon.
    assertEquals(1, a.items().size(), () -> show(a));
  }

  @Test
  void insideTheFirstQuarterTheAnnualReportIsOpenThenDone() {
    Agenda open = agenda(SeedLicenses.seed002(), ExampleFacts.dongche(), "2027-02-15", 365);
    assertEquals(ObligationState.OPEN, item(open, "annual-report", "2026").state());
    assertEquals(OptionalInt.of(44), item(open, "annual-report", "2026").daysLeft());

    List<AnnualReport> reports = new java.util.ArrayList<>(ExampleFacts.dongche().annualReports().orElseThrow());
    reports.add(AnnualReport.builder().year(2027).filedOn(d("2027-02-10")).build());
    OperatingFacts filed = OperatingFacts.builder().from(ExampleFacts.dongche()).annualReports(reports).build();
    AgendaItem done = item(agenda(SeedLicenses.seed002(), filed, "2027-02-15", 365), "annual-report", "2026");
    assertEquals(ObligationState.DONE, done.state());
    assertEquals(Optional.of(d("2027-02-10")), done.obligation().doneOn());
  }

  @Test
  void aReportFiledAfterTheAsOfDateIsNotTakenAsDone() {
    OperatingFacts later = OperatingFacts.builder()
        .annualReports(List.of(AnnualReport.builder().year(2027).filedOn(d("2027-03-01")).build())).build();
    assertEquals(ObligationState.OPEN,
        item(agenda(SeedLicenses.seed002(), later, "2027-02-15", 365), "annual-report", "2026").state());
  }

  @Test
  void withoutFactsEveryPastAnnualReportIsOverdue() {
    Agenda a = agenda(SeedLicenses.seed002(), OperatingFacts.unknown(), "2026-11-22", 30);
    assertEquals(ObligationState.OVERDUE, item(a, "annual-report", "2024").state());
    assertEquals(ObligationState.OVERDUE, item(a, "annual-report", "2025").state());
    assertEquals(OptionalInt.of(-236), item(a, "annual-report", "2025").daysLeft());
  }

  @Test
  void nearExpiryRenewalIsOpenThenOverdueAndTheExpiryComes() {
    Agenda before = agenda(SeedLicenses.seed002(), ExampleFacts.dongche(), "2028-10-01", 120);
    AgendaItem renewal = item(before, "renewal", "2029-01-25");
    assertEquals(ObligationState.OPEN, renewal.state());
    assertEquals(Optional.of(d("2028-10-27")), renewal.dueOrEarliest());
    assertEquals(OptionalInt.of(26), renewal.daysLeft());
    assertEquals(Optional.of("十二"), renewal.obligation().provision());
    assertEquals(ObligationState.UPCOMING, item(before, "expiry", "2029-01-25").state());

    Agenda after = agenda(SeedLicenses.seed002(), ExampleFacts.dongche(), "2028-11-01", 120);
    assertEquals(ObligationState.OVERDUE, item(after, "renewal", "2029-01-25").state());
    OperatingFacts applied = OperatingFacts.builder().from(ExampleFacts.dongche())
        .renewalAppliedOn(d("2028-09-30")).build();
    assertEquals(ObligationState.DONE,
        item(agenda(SeedLicenses.seed002(), applied, "2028-10-01", 120), "renewal", "2029-01-25").state());

    Agenda expired = agenda(SeedLicenses.seed002(), ExampleFacts.dongche(), "2029-02-01", 30);
    assertEquals(ObligationState.OVERDUE, item(expired, "expiry", "2029-01-25").state());
    assertEquals(OptionalInt.of(-7), item(expired, "expiry", "2029-01-25").daysLeft());
  }

  @Test
  void theLastAnnualReportIsTheOneWhoseWindowOpensWhileTheLicenceIsInForce() {
    Agenda a = agenda(SeedLicenses.seed002(), OperatingFacts.unknown(), "2028-12-01", 730);
    assertTrue(a.items().stream().anyMatch(i -> i.obligation().period().equals("2028")), () -> show(a));
    assertFalse(a.items().stream().anyMatch(i -> i.obligation().period().equals("2029")), () -> show(a));
  }

  @Test
  void workingDaysAcrossNationalDay() {
    OperatingFacts f = facts().illegalInfoDisposals(List.of(IllegalInfoDisposal.builder().disposedOn(d("2024-09-27")).build()))
        .entityChanges(List.of(EntityChange.builder().decidedOn(d("2024-09-01")).build())).build();
    Agenda a = agenda(SeedLicenses.seed002(), f, "2024-10-08", 30);
    AgendaItem report = item(a, "illegal-info.report", "2024-09-27");
    assertEquals(Optional.of(d("2024-10-16")), report.dueOrEarliest());
    assertEquals(ObligationState.OPEN, report.state());
    // 9, 10, 11, 12 (a Saturday made a working day), 14, 15, 16 October.
    assertEquals(OptionalInt.of(7), report.daysLeft());
    assertTrue(report.obligation().countsWorkdays());
    assertEquals(Optional.of("九"), report.obligation().provision());
    // 30 days after 1 September is 1 October, a holiday: the period ends on the 8th.
    AgendaItem apply = item(a, "entity-change.application", "2024-09-01");
    assertEquals(Optional.of(d("2024-10-08")), apply.dueOrEarliest());
    assertEquals(OptionalInt.of(0), apply.daysLeft());
    assertEquals(ObligationState.UPCOMING, item(a, "entity-change.implementation", "2024-09-01").state());
  }

  @Test
  void workingDaysAcrossSpringFestival() {
    OperatingFacts f = facts().illegalInfoDisposals(List.of(IllegalInfoDisposal.builder().disposedOn(d("2025-01-24")).build()))
        .build();
    Agenda a = agenda(SeedLicenses.seed002(), f, "2025-01-27", 30);
    AgendaItem report = item(a, "illegal-info.report", "2025-01-24");
    // 26 (a Sunday made a working day) and 27 January, 5–8 February (the 8th a Saturday made a
    // working day), 10–13 February: the 10th working day is the 13th.
    assertEquals(Optional.of(d("2025-02-13")), report.dueOrEarliest());
    assertEquals(OptionalInt.of(8), report.daysLeft());
    Agenda late = agenda(SeedLicenses.seed002(), f, "2025-02-17", 30);
    assertEquals(ObligationState.OVERDUE, item(late, "illegal-info.report", "2025-01-24").state());
    assertEquals(OptionalInt.of(-2), item(late, "illegal-info.report", "2025-01-24").daysLeft());
  }

  @Test
  void aYearWhoseCalendarIsNotPublishedIsUnknown() {
    OperatingFacts f = facts().illegalInfoDisposals(List.of(IllegalInfoDisposal.builder().disposedOn(d("2026-12-24")).build()))
        .securityAssessments(List.of(SecurityAssessment.builder().completedOn(d("2026-12-10")).build())).build();
    Agenda a = agenda(SeedLicenses.seed002(), f, "2026-12-28", 60);
    AgendaItem report = item(a, "illegal-info.report", "2026-12-24");
    assertEquals(ObligationState.UNKNOWN, report.state());
    assertEquals(OptionalInt.empty(), report.daysLeft());
    assertEquals(Optional.of(d("2027-01-03")), report.dueOrEarliest());
    assertTrue(report.obligation().action().contains("2027年节假日安排公布后"), report.obligation().action());
    // 30 days after 10 December is 9 January 2027, whose kind no notice gives yet.
    assertEquals(ObligationState.UNKNOWN, item(a, "security-assessment.report", "2026-12-10").state());
    // With next year's notice the deadline is known.
    WorkdayCalendar with2027 = WorkdayCalendar.official().and(WorkdayCalendar.builder().knownYear(2027)
        .dayOff(d("2027-01-01")).build());
    Agenda known = Agenda.of(EvaluationContext.builder().license(SeedLicenses.seed002()).facts(f)
        .asOf(d("2026-12-28")).calendar(with2027).build(), Rulebook.standard(), 60);
    assertEquals(ObligationState.OPEN, item(known, "illegal-info.report", "2026-12-24").state());
    assertEquals(Optional.of(d("2027-01-08")), item(known, "illegal-info.report", "2026-12-24").dueOrEarliest());
  }

  @Test
  void aLicenceWithoutDatesGivesUndatedObligationsNeverNone() {
    Agenda a = agenda(SeedLicenses.seed003(), OperatingFacts.unknown(), "2026-11-22", 365);
    assertEquals(ObligationState.UNKNOWN, item(a, "annual-report", "undated").state());
    assertEquals(ObligationState.UNKNOWN, item(a, "renewal", "undated").state());
    assertTrue(item(a, "renewal", "undated").obligation().undatedBecause().orElseThrow().contains("有效期至"));
  }

  @Test
  void englishStaysEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Agenda a = Agenda.of(EvaluationContext.builder().license(SeedLicenses.seed002()).facts(ExampleFacts.dongche())
          .asOf(d("2026-11-22")).language(Language.EN).build(), Rulebook.standard(), 365);
      Obligation o = item(a, "annual-report", "2026").obligation();
      assertEquals("Annual report for 2026", o.summary());
      assertEquals("File the annual report for 2026 between 2027-01-01 and 2027-03-31 (the first quarter)."
          + " Special provision 十四 14 of the licence.", o.action());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aRuleOfOnesOwnDeclaresItsDeadlines() {
    Agenda a = Agenda.of(EvaluationContext.of(SeedLicenses.seed002(), ExampleFacts.dongche(), d("2026-11-22")),
        Rulebook.standard().with(new Drill()), 365);
    AgendaItem drill = item(a, "company.threat-drill", "2027");
    assertEquals(ObligationState.OPEN, drill.state());
    assertEquals("company.threat-drill", a.items().get(0).obligation().kind(), () -> show(a));
  }

  @Test
  void twoObligationsWithOneKindAndPeriodAreRefused() {
    Rulebook twice = Rulebook.standard().with(new Drill(), new Drill() {
      @Override
      public String id() {
        return "company.drill-again";
      }
    });
    assertThrows(IllegalStateException.class, () -> Agenda.of(
        EvaluationContext.of(SeedLicenses.seed002(), ExampleFacts.dongche(), d("2026-11-22")), twice, 365));
  }

  @Test
  void theHorizonBoundsWhatIsAhead() {
    assertEquals(List.of(), agenda(SeedLicenses.seed002(), ExampleFacts.dongche(), "2026-11-22", 30).items());
    assertThrows(IllegalArgumentException.class,
        () -> agenda(SeedLicenses.seed002(), ExampleFacts.dongche(), "2026-11-22", -1));
  }

  @Test
  void theSameInputGivesTheSameAgenda() {
    License l = ImmutableLicense.copyOf(SeedLicenses.seed002());
    assertEquals(agenda(l, ExampleFacts.failing(), "2026-11-22", 365),
        agenda(SeedLicenses.seed002(), ExampleFacts.failing(), "2026-11-22", 365));
  }

  /**
   * The agenda and the check never disagree on a date: for one open event of each kind, and for the
   * renewal and the annual report, the rule's {@code due} is the agenda's due date.
   */
  @Test
  void theAgendaAndTheRulesGiveTheSameDueDates() {
    LocalDate event = d("2024-09-27");
    OperatingFacts f = facts()
        .entityChanges(List.of(EntityChange.builder().decidedOn(event).build()))
        .infoChanges(List.of(dev.telelicense.model.InfoChange.builder().changedOn(event).build()))
        .illegalInfoDisposals(List.of(IllegalInfoDisposal.builder().disposedOn(event).build()))
        .securityAssessments(List.of(SecurityAssessment.builder().completedOn(event).build()))
        .annualReports(List.of()).build();
    License license = SeedLicenses.seed003Dated(d("2023-06-01"), d("2028-12-20"));
    String asOf = "2024-09-28";
    Agenda a = agenda(license, f, asOf, 2000);
    List<String[]> pairs = List.of(
        new String[] {"entity-change.applied-in-30-days", "entity-change.application", event.toString()},
        new String[] {"info-change.reported-in-30-days", "info-change.report", event.toString()},
        new String[] {"illegal-info.reported-in-10-workdays", "illegal-info.report", event.toString()},
        new String[] {"security-assessment.reported-in-30-days", "security-assessment.report", event.toString()},
        new String[] {"renewal.applied-90-days-ahead", "renewal", "2028-12-20"},
        new String[] {"annual-report.filed-in-q1", "annual-report", "2024"});
    for (String[] p : pairs) {
      Optional<LocalDate> ruleDue = Fixtures.evaluate(p[0], license, f, d(asOf)).stream()
          .flatMap(x -> x.due().stream()).findFirst();
      assertTrue(ruleDue.isPresent(), p[0]);
      assertEquals(ruleDue, item(a, p[1], p[2]).dueOrEarliest(), p[0]);
    }
  }

  /** A company's yearly drill, due by 30 June. */
  static class Drill implements Rule, ObligationSource {
    @Override
    public String id() {
      return "company.threat-drill";
    }

    @Override
    public String title(Language lang) {
      return "Threat drill";
    }

    @Override
    public String enforces(Language lang) {
      return "company policy";
    }

    @Override
    public List<Finding> evaluate(EvaluationContext ctx) {
      return List.of(Finding.builder().rule(id()).status(Status.NOT_REVIEWED).message("-").build());
    }

    @Override
    public List<Obligation> obligations(EvaluationContext ctx) {
      return List.of(Obligation.builder().rule(id()).kind("company.threat-drill").period("2027")
          .summary("Threat drill 2027").action("Hold the drill by 2026-12-31")
          .due(Deadline.on(d("2026-12-31"))).closedBy("attestations[provision=十]").build());
    }
  }
}
