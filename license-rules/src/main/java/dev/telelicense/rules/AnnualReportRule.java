package dev.telelicense.rules;

import dev.telelicense.model.AnnualReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 经营许可证年报 — a report filed in the first quarter (1 January – 31 March) of every year after the
 * issue year. A year is due once its first quarter has ended by the as-of date and began while the
 * licence was in force; the quarter is a fixed window and does not shift for holidays.
 */
final class AnnualReportRule extends ProvisionRule {
  AnnualReportRule() {
    super("annual-report.filed-in-q1");
  }

  @Override
  Optional<FutureFacts.Dated> laterFact(EvaluationContext ctx) {
    return FutureFacts.annualReports(ctx.facts(), ctx.asOf());
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<LocalDate> issued = ctx.license().issuedOn();
    if (issued.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown-issued");
    }
    LocalDate asOf = ctx.asOf();
    Optional<LocalDate> validUntil = ctx.license().validUntil();
    List<Integer> dueYears = new ArrayList<>();
    LocalDate next = null;
    for (int y = issued.get().getYear() + 1; y <= asOf.getYear(); y++) {
      if (validUntil.isPresent() && LocalDate.of(y, 1, 1).isAfter(validUntil.get())) {
        break;
      }
      if (asOf.isAfter(endOfQ1(y))) {
        dueYears.add(y);
      } else {
        next = endOfQ1(y);
      }
    }
    if (next == null) {
      LocalDate candidate = endOfQ1(Math.max(asOf.getYear() + 1, issued.get().getYear() + 1));
      if (validUntil.isEmpty() || !LocalDate.of(candidate.getYear(), 1, 1).isAfter(validUntil.get())) {
        next = candidate;
      }
    }
    Optional<LocalDate> due = Optional.ofNullable(next);
    if (dueYears.isEmpty()) {
      return new Verdict(Status.PASS, say(ctx, "none-due"), due);
    }
    Optional<List<AnnualReport>> reports = ctx.facts().annualReports();
    if (reports.isEmpty()) {
      return new Verdict(Status.NOT_REVIEWED, say(ctx, "unknown", Messages.list(ctx, dueYears)), due);
    }
    List<String> problems = new ArrayList<>();
    for (int y : dueYears) {
      // The first report for the year, and whether any report for it is in its first quarter.
      AnnualReport first = null;
      boolean inTime = false;
      for (AnnualReport a : reports.get()) {
        if (a.year() == y) {
          first = first == null ? a : first;
          inTime = inTime || isInFirstQuarter(a.filedOn(), y);
        }
      }
      if (inTime) {
        continue;
      }
      if (first == null) {
        problems.add(say(ctx, "not-filed", y));
      } else if (first.covers().isEmpty() && first.filedOn().getYear() == y + 1) {
        // year is the year due; a report filed in the next year's first quarter is most likely the
        // one covering y, written with the wrong key.
        problems.add(say(ctx, "filed-late-covers", y, first.filedOn()));
      } else {
        problems.add(say(ctx, "filed-late", y, first.filedOn()));
      }
    }
    if (!problems.isEmpty()) {
      return new Verdict(Status.FAIL,
          say(ctx, "fail", Messages.list(ctx.language(), id() + ".separator", problems)), due);
    }
    return new Verdict(Status.PASS, say(ctx, "pass", Messages.list(ctx, dueYears)), due);
  }

  private static boolean isInFirstQuarter(LocalDate day, int year) {
    return !day.isBefore(Periods.annualReportOpens(year)) && !day.isAfter(endOfQ1(year));
  }

  private static LocalDate endOfQ1(int year) {
    return Periods.annualReportDue(year);
  }

}
