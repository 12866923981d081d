package dev.telelicense.rules.agenda;

import dev.telelicense.model.EntityChange;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.SecurityAssessment;
import dev.telelicense.rules.Periods;
import dev.telelicense.rules.calendar.Deadline;
import dev.telelicense.rules.calendar.Deadlines;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reports and applications owed after an event the facts record: one obligation per event that
 * has happened by the as-of date, its period counted from the event by the rules' {@link Deadlines}.
 */
final class EventObligations {
  static final String ENTITY_CHANGE_RULE = "entity-change.applied-in-30-days";
  static final String INFO_CHANGE_RULE = "info-change.reported-in-30-days";
  static final String ILLEGAL_INFO_RULE = "illegal-info.reported-in-10-workdays";
  static final String SECURITY_ASSESSMENT_RULE = "security-assessment.reported-in-30-days";
  private final StandardObligations s;
  private final WorkdayCalendar calendar;
  /** How many events of a kind fell on a day so far: the second on a day gets period {@code day-2}. */
  private final Map<String, Integer> seen = new HashMap<>();

  EventObligations(StandardObligations s) {
    this.s = s;
    this.calendar = s.ctx().calendar();
  }

  void addAll() {
    var facts = s.ctx().facts();
    if (facts.entityChanges().isPresent()) {
      Optional<String> provision = s.citation(ENTITY_CHANGE_RULE);
      for (EntityChange c : facts.entityChanges().get()) {
        entityChange(c, provision);
      }
    }
    if (facts.infoChanges().isPresent()) {
      Optional<String> provision = s.citation(INFO_CHANGE_RULE);
      for (InfoChange c : facts.infoChanges().get()) {
        report(INFO_CHANGE_RULE, "info-change.report", provision, c.changedOn(),
            Deadlines.daysAfter(c.changedOn(), Periods.INFO_CHANGE_DAYS, calendar), Periods.INFO_CHANGE_DAYS,
            "infoChanges[changedOn=%s].reportedOn", c.reportedOn());
      }
    }
    if (facts.illegalInfoDisposals().isPresent()) {
      Optional<String> provision = s.citation(ILLEGAL_INFO_RULE);
      for (IllegalInfoDisposal d : facts.illegalInfoDisposals().get()) {
        report(ILLEGAL_INFO_RULE, "illegal-info.report", provision, d.disposedOn(),
            Deadlines.workdaysAfter(d.disposedOn(), Periods.ILLEGAL_INFO_WORKDAYS, calendar),
            Periods.ILLEGAL_INFO_WORKDAYS,
            "illegalInfoDisposals[disposedOn=%s].reportedOn", d.reportedOn());
      }
    }
    if (facts.securityAssessments().isPresent()) {
      Optional<String> provision = s.citation(SECURITY_ASSESSMENT_RULE);
      for (SecurityAssessment a : facts.securityAssessments().get()) {
        report(SECURITY_ASSESSMENT_RULE, "security-assessment.report", provision, a.completedOn(),
            Deadlines.daysAfter(a.completedOn(), Periods.SECURITY_ASSESSMENT_DAYS, calendar),
            Periods.SECURITY_ASSESSMENT_DAYS, "securityAssessments[completedOn=%s].reportedOn", a.reportedOn());
      }
    }
  }

  /** 经营主体变更: the application within 30 days, then the implementation, only after approval. */
  private void entityChange(EntityChange c, Optional<String> provision) {
    LocalDate decided = c.decidedOn();
    if (!s.happened(decided)) {
      return;
    }
    String period = period("entity-change", decided);
    Deadline due = Deadlines.daysAfter(decided, Periods.ENTITY_CHANGE_DAYS, calendar);
    s.add(s.base(ENTITY_CHANGE_RULE, "entity-change.application", period, provision)
        .summary(s.say("entity-change.application.summary", decided.toString()))
        .action(s.act(provision, "entity-change.application.action", decided.toString(), s.dueText(due),
            Integer.toString(Periods.ENTITY_CHANGE_DAYS)))
        .event(decided).opens(decided).due(due)
        .closedBy(String.format("entityChanges[decidedOn=%s].appliedOn", decided))
        .doneOn(c.appliedOn().filter(s::happened))
        .build());
    Optional<LocalDate> approved = c.approvedOn().filter(s::happened);
    s.add(s.base(ENTITY_CHANGE_RULE, "entity-change.implementation", period, provision)
        .summary(s.say("entity-change.implementation.summary", decided.toString()))
        .action(approved.isPresent()
            ? s.act(provision, "entity-change.implementation.approved", decided.toString(),
                approved.get().toString())
            : s.act(provision, "entity-change.implementation.waiting", decided.toString()))
        .event(decided).opens(approved)
        .closedBy(String.format("entityChanges[decidedOn=%s].implementedOn", decided))
        .doneOn(c.implementedOn().filter(s::happened))
        .build());
  }

  /** A report owed within a period after {@code event}, closed by the fact at {@code closedBy}. */
  private void report(String rule, String kind, Optional<String> provision, LocalDate event, Deadline due,
      int length, String closedBy, Optional<LocalDate> reportedOn) {
    if (!s.happened(event)) {
      return;
    }
    s.add(s.base(rule, kind, period(kind, event), provision)
        .summary(s.say(kind + ".summary", event.toString()))
        .action(s.act(provision, kind + ".action", event.toString(), s.dueText(due), Integer.toString(length)))
        .event(event).opens(event).due(due)
        .countsWorkdays(rule.equals(ILLEGAL_INFO_RULE))
        .closedBy(String.format(closedBy, event))
        .doneOn(reportedOn.filter(s::happened))
        .build());
  }

  /** The event's day, or {@code day-N} for the N-th event of the kind on that day. */
  private String period(String kind, LocalDate day) {
    int n = seen.merge(kind + day, 1, Integer::sum);
    return n == 1 ? day.toString() : day + "-" + n;
  }
}
