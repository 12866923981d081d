package dev.telelicense.rules;

import dev.telelicense.model.Provision;
import java.util.Optional;
import java.util.OptionalInt;

/** B21 保存时间不得少于一年 — data on the B21 platform is kept at least one year (365 days). */
final class DataRetentionRule extends ProvisionRule {
  static final int MIN_DAYS = 365;

  DataRetentionRule() {
    super("data.retained-one-year", Clause.DATA_RETENTION);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Platform data kept at least one year" : "平台数据保存时间不少于一年";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the B21 item on keeping data (保存时间不得少于一年)" : "B21数据资料保存时间不得少于一年";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    String why = ev.analysis().whyB21NotApplicable(ev, ctx.language());
    if (why != null) {
      return Verdict.of(Status.NOT_APPLICABLE, why);
    }
    OptionalInt days = ctx.facts().dataRetentionDays();
    if (days.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供数据保存期限", "how long data is kept is not known"));
    }
    if (days.getAsInt() < MIN_DAYS) {
      return Verdict.of(Status.FAIL, ctx.language() == Language.ZH
          ? "数据保存" + days.getAsInt() + "天，少于一年（" + MIN_DAYS + "天）"
          : "data is kept " + days.getAsInt() + " days, less than one year (" + MIN_DAYS + " days)");
    }
    return Verdict.of(Status.PASS, ctx.language() == Language.ZH
        ? "数据保存" + days.getAsInt() + "天，不少于一年"
        : "data is kept " + days.getAsInt() + " days, at least one year");
  }
}
