package dev.telelicense.rules;

import java.util.List;
import java.util.OptionalInt;

/** B21 保存时间不得少于一年 — data on the B21 platform is kept at least one year (365 days). */
final class DataRetentionRule extends ProvisionRule {
  static final int MIN_DAYS = 365;

  DataRetentionRule() {
    super("data.retained-one-year");
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    String why = ev.whyNotApplicable(List.of(ev.analysis().b21()), ctx.language());
    if (why != null) {
      return Verdict.of(Status.NOT_APPLICABLE, why);
    }
    OptionalInt days = ctx.facts().dataRetentionDays();
    if (days.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    return days.getAsInt() < MIN_DAYS ? verdict(ctx, Status.FAIL, "too-short", days.getAsInt(), MIN_DAYS)
        : verdict(ctx, Status.PASS, "pass", days.getAsInt());
  }
}
