package dev.telelicense.rules;

import dev.telelicense.model.License;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 许可证有效 — the licence is in force on the as-of date: 发证日期 ≤ as-of ≤ 有效期至. */
final class LicenseInForceRule extends BuiltInRule {
  static final String ID = "license.in-force";

  LicenseInForceRule() {
    super(ID);
  }

  @Override
  public List<Finding> evaluate(EvaluationContext ctx) {
    License license = ctx.license();
    Optional<LocalDate> from = license.issuedOn();
    Optional<LocalDate> to = license.validUntil();
    LocalDate asOf = ctx.asOf();
    Verdict v;
    if (from.isEmpty() && to.isEmpty()) {
      v = verdict(ctx, Status.NOT_REVIEWED, "unknown-both");
    } else if (from.isEmpty()) {
      v = verdict(ctx, Status.NOT_REVIEWED, "unknown-issued");
    } else if (to.isEmpty()) {
      v = verdict(ctx, Status.NOT_REVIEWED, "unknown-expiry");
    } else if (asOf.isBefore(from.get())) {
      v = verdict(ctx, Status.FAIL, "not-yet", from.get(), asOf);
    } else if (asOf.isAfter(to.get())) {
      v = verdict(ctx, Status.FAIL, "expired", to.get(), asOf);
    } else {
      v = verdict(ctx, Status.PASS, "in-force", from.get(), to.get(), asOf);
    }
    ImmutableFinding.Builder b = Finding.builder().rule(ID).status(v.status()).message(v.message())
        .basis(v.basis());
    to.ifPresent(b::due);
    return List.of(b.build());
  }
}
