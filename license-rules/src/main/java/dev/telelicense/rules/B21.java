package dev.telelicense.rules;

import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;

/** 在线数据处理与交易处理业务 — the B21 service the data and facilities items belong to. */
final class B21 {
  static final TelecomService SERVICE = ServiceCatalog.standard().byCode("B21").orElseThrow();
  /** How the findings name it. */
  static final String PRINTED = "在线数据处理与交易处理业务（B21）";

  private B21() {}
}
