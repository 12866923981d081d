package dev.telelicense.rules;

import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.Optional;

/** 在线数据处理与交易处理业务 — the B21 service the data and facilities items belong to. */
final class B21 {
  static final TelecomService SERVICE = ServiceCatalog.standard().byCode("B21").orElseThrow();

  private B21() {}

  /** Why a B21 item does not apply: no B21 grant, or B21 not among the operated services. */
  static Optional<String> whyNotApplicable(EvaluationContext ctx) {
    return Scopes.notOperated(ctx, SERVICE, "在线数据处理与交易处理业务（B21）");
  }
}
