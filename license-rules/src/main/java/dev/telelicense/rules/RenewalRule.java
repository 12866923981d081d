package dev.telelicense.rules;

import dev.telelicense.rules.calendar.Deadlines;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 提前90日提出续办申请 — apply to renew no later than 有效期至 − 90 days. The date is counted back from
 * expiry and never shifted for holidays: the civil-law extension applies to periods after an event.
 */
final class RenewalRule extends ProvisionRule {
  static final int DAYS = Periods.RENEWAL_DAYS_BEFORE_EXPIRY;

  RenewalRule() {
    super("renewal.applied-90-days-ahead");
  }

  @Override
  Optional<FutureFacts.Dated> laterFact(EvaluationContext ctx) {
    return FutureFacts.renewal(ctx.facts(), ctx.asOf());
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<LocalDate> validUntil = ctx.license().validUntil();
    if (validUntil.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown-expiry");
    }
    LocalDate due = Deadlines.daysBefore(validUntil.get(), DAYS);
    Optional<LocalDate> applied = ctx.facts().renewalAppliedOn();
    if (applied.isPresent()) {
      return applied.get().isAfter(due)
          ? Verdict.of(Status.FAIL, say(ctx, "late", due, validUntil.get(), applied.get()), due)
          : Verdict.of(Status.PASS, say(ctx, "applied", applied.get(), due), due);
    }
    return ctx.asOf().isAfter(due) ? Verdict.of(Status.NOT_REVIEWED, say(ctx, "not-known", due), due)
        : Verdict.of(Status.PASS, say(ctx, "not-yet", due), due);
  }
}
