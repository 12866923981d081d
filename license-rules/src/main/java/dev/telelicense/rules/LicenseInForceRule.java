package dev.telelicense.rules;

import dev.telelicense.model.License;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 许可证有效 — the licence is in force on the as-of date: 发证日期 ≤ as-of ≤ 有效期至. */
final class LicenseInForceRule implements Rule {
  static final String ID = "license.in-force";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "The licence is in force" : "经营许可证在有效期内";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the licence's issue date and 有效期至" : "发证日期与有效期至";
  }

  @Override
  public List<Finding> evaluate(EvaluationContext ctx) {
    License license = ctx.license();
    Optional<LocalDate> from = license.issuedOn();
    Optional<LocalDate> to = license.validUntil();
    LocalDate asOf = ctx.asOf();
    Verdict v;
    if (from.isEmpty() || to.isEmpty()) {
      String missing = from.isEmpty() && to.isEmpty() ? ctx.say("发证日期和有效期至", "issue date and expiry")
          : from.isEmpty() ? ctx.say("发证日期", "issue date") : ctx.say("有效期至", "expiry (有效期至)");
      v = Verdict.of(Status.NOT_REVIEWED, ctx.language() == Language.ZH
          ? "许可证" + missing + "不明，无法判断是否有效"
          : "the licence's " + missing + " is unknown, so whether it is in force cannot be judged");
    } else if (asOf.isBefore(from.get())) {
      v = Verdict.of(Status.FAIL, ctx.language() == Language.ZH
          ? "许可证" + from.get() + "才发证，" + asOf + "尚未生效"
          : "the licence was issued on " + from.get() + ", not yet in force on " + asOf);
    } else if (asOf.isAfter(to.get())) {
      v = Verdict.of(Status.FAIL, ctx.language() == Language.ZH
          ? "许可证有效期至" + to.get() + "，" + asOf + "已过期"
          : "the licence expired on " + to.get() + ", it is not in force on " + asOf);
    } else {
      // Only the language asked for is written: this runs on every evaluation.
      v = Verdict.of(Status.PASS, ctx.language() == Language.EN
          ? "the licence is in force from " + from.get() + " to " + to.get()
          : "许可证有效期" + from.get() + "至" + to.get() + "，" + asOf + "有效");
    }
    ImmutableFinding.Builder b = Finding.builder().rule(ID).status(v.status()).message(v.message());
    to.ifPresent(b::due);
    return List.of(b.build());
  }
}
