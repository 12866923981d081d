package dev.telelicense.rules;

import dev.telelicense.rules.calendar.Deadlines;
import dev.telelicense.model.Provision;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 提前90日提出续办申请 — apply to renew no later than 有效期至 − 90 days. The date is counted back from
 * expiry and never shifted for holidays: the civil-law extension applies to periods after an event.
 */
final class RenewalRule extends ProvisionRule {
  static final int DAYS = 90;

  RenewalRule() {
    super("renewal.applied-90-days-ahead", Clause.RENEWAL);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Renewal applied for 90 days before expiry" : "有效期届满前90日申请续办";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the provision on renewal (提前90日提出续办申请)" : "提前90日提出续办申请";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<LocalDate> validUntil = ctx.license().validUntil();
    if (validUntil.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("许可证有效期至不明，无法计算续办期限",
          "the licence's expiry is unknown, so the renewal deadline cannot be counted"));
    }
    LocalDate due = Deadlines.daysBefore(validUntil.get(), DAYS);
    Optional<LocalDate> applied = ctx.facts().renewalAppliedOn();
    if (applied.isPresent()) {
      if (!applied.get().isAfter(due)) {
        return Verdict.of(Status.PASS, ctx.language() == Language.ZH
            ? "已于" + applied.get() + "申请续办，不晚于" + due
            : "renewal applied for on " + applied.get() + ", no later than " + due, due);
      }
      return Verdict.of(Status.FAIL, ctx.language() == Language.ZH
          ? "应不晚于" + due + "（有效期至" + validUntil.get() + "前90日）申请续办，实际" + applied.get()
              + "才申请"
          : "renewal was due by " + due + " (90 days before expiry on " + validUntil.get()
              + "), applied for only on " + applied.get(), due);
    }
    if (!ctx.asOf().isAfter(due)) {
      return Verdict.of(Status.PASS, ctx.language() == Language.EN ? "renewal is due by " + due + ", not yet"
          : "续办申请期限" + due + "未届满", due);
    }
    return Verdict.of(Status.NOT_REVIEWED, ctx.language() == Language.ZH
        ? "续办申请期限" + due + "已过，未提供是否申请续办"
        : "renewal was due by " + due + "; whether it was applied for is not known", due);
  }
}
