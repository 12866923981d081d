package dev.telelicense.rules;

import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.SecurityAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 晚于评估日期的事实 — facts dated after the as-of date. Such a fact has not happened as of the day judged
 * (a renewal applied "2028-05-01" checked as of 2026-11-22), so no rule takes it as done: the rule it
 * bears on is not reviewed, and says which fact. They are not refused when read: the reader does not
 * know the as-of date, and one facts file may be checked against several dates.
 */
final class FutureFacts {

  /**
   * A fact dated after the as-of date: where it is in the facts ({@code renewalAppliedOn},
   * {@code annualReports[1].filedOn}) and its date.
   */
  record Dated(String fact, LocalDate on) {}

  private FutureFacts() {}

  /** The renewal application, when dated after {@code asOf}. */
  static Optional<Dated> renewal(OperatingFacts facts, LocalDate asOf) {
    return after(asOf, "renewalAppliedOn", facts.renewalAppliedOn());
  }

  /** The first annual report filed after {@code asOf}. */
  static Optional<Dated> annualReports(OperatingFacts facts, LocalDate asOf) {
    List<AnnualReport> reports = facts.annualReports().orElse(List.of());
    for (int i = 0; i < reports.size(); i++) {
      if (reports.get(i).filedOn().isAfter(asOf)) {
        return Optional.of(new Dated("annualReports[" + i + "].filedOn", reports.get(i).filedOn()));
      }
    }
    return Optional.empty();
  }

  /** The first date of an entity change after {@code asOf}. */
  static Optional<Dated> entityChanges(OperatingFacts facts, LocalDate asOf) {
    List<EntityChange> changes = facts.entityChanges().orElse(List.of());
    for (int i = 0; i < changes.size(); i++) {
      EntityChange c = changes.get(i);
      String at = "entityChanges[" + i + "].";
      Optional<Dated> d = after(asOf, at + "decidedOn", Optional.of(c.decidedOn()))
          .or(() -> after(asOf, at + "appliedOn", c.appliedOn()))
          .or(() -> after(asOf, at + "approvedOn", c.approvedOn()))
          .or(() -> after(asOf, at + "implementedOn", c.implementedOn()));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The first date of an information change after {@code asOf}. */
  static Optional<Dated> infoChanges(OperatingFacts facts, LocalDate asOf) {
    List<InfoChange> changes = facts.infoChanges().orElse(List.of());
    for (int i = 0; i < changes.size(); i++) {
      String at = "infoChanges[" + i + "].";
      Optional<LocalDate> later = changes.get(i).reportedOn();
      Optional<Dated> d = after(asOf, at + "changedOn", Optional.of(changes.get(i).changedOn()))
          .or(() -> after(asOf, at + "reportedOn", later));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The first date of a disposal of illegal information after {@code asOf}. */
  static Optional<Dated> disposals(OperatingFacts facts, LocalDate asOf) {
    List<IllegalInfoDisposal> disposals = facts.illegalInfoDisposals().orElse(List.of());
    for (int i = 0; i < disposals.size(); i++) {
      String at = "illegalInfoDisposals[" + i + "].";
      Optional<LocalDate> later = disposals.get(i).reportedOn();
      Optional<Dated> d = after(asOf, at + "disposedOn", Optional.of(disposals.get(i).disposedOn()))
          .or(() -> after(asOf, at + "reportedOn", later));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The first date of a security assessment after {@code asOf}. */
  static Optional<Dated> assessments(OperatingFacts facts, LocalDate asOf) {
    List<SecurityAssessment> assessments = facts.securityAssessments().orElse(List.of());
    for (int i = 0; i < assessments.size(); i++) {
      String at = "securityAssessments[" + i + "].";
      Optional<LocalDate> later = assessments.get(i).reportedOn();
      Optional<Dated> d = after(asOf, at + "completedOn", Optional.of(assessments.get(i).completedOn()))
          .or(() -> after(asOf, at + "reportedOn", later));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** {@code date} named {@code fact}, when it is after {@code asOf}. */
  static Optional<Dated> after(LocalDate asOf, String fact, Optional<LocalDate> date) {
    return date.filter(d -> d.isAfter(asOf)).map(d -> new Dated(fact, d));
  }
}
