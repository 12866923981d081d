package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceCatalogTest {
  private final ServiceCatalog catalog = ServiceCatalog.standard();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "B11, 互联网数据中心业务", "B12, 内容分发网络业务", "B13, 国内互联网虚拟专用网业务",
      "B14, 互联网接入服务业务", "B21, 在线数据处理与交易处理业务", "B22, 国内多方通信服务业务",
      "B23, 存储转发类业务", "B24, 呼叫中心业务", "B25, 信息服务业务", "B26, 编码和规程转换业务",
      "A1, 第一类基础电信业务", "A2, 第二类基础电信业务", "B1, 第一类增值电信业务", "B2, 第二类增值电信业务"})
  void codesAndNamesFindTheSameEntry(String code, String name) {
    TelecomService byCode = catalog.find(code).orElseThrow();
    assertEquals(name, byCode.name());
    assertEquals(Optional.of(byCode), catalog.find(name));
    assertEquals(Optional.of(code), byCode.code());
  }

  @ParameterizedTest(name = "{0} is an alias of {1}")
  @CsvSource({
      "信息社区服务, 信息社区平台服务",
      "信息保护和加工处理服务, 信息保护和处理服务",
      "信息发布平台及递送服务, 信息发布平台和递送服务",
      "互联网域名解析服务, 互联网域名解析服务业务"})
  void aliasesFindTheCatalogueName(String alias, String name) {
    assertEquals(name, catalog.find(alias).orElseThrow().name());
  }

  @Test
  void lookupToleratesFullWidthCaseAndSpaces() {
    assertEquals("B25", catalog.find("ｂ２５").orElseThrow().key());
    assertEquals("信息搜索查询服务", catalog.find("信息 搜索查询服务").orElseThrow().name());
  }

  @Test
  void itemsOfB25AndB21BelongToTheirService() {
    TelecomService b25 = catalog.byCode("B25").orElseThrow();
    assertEquals(8, catalog.childrenOf(b25).size(), "five items and three networks");
    TelecomService b21 = catalog.byCode("B21").orElseThrow();
    assertEquals(3, catalog.childrenOf(b21).size());
    TelecomService search = catalog.find("信息搜索查询服务").orElseThrow();
    assertTrue(search.isItem());
    assertTrue(catalog.contains(b25, search));
    assertTrue(catalog.contains(catalog.byCode("B2").orElseThrow(), search));
    assertFalse(catalog.contains(b21, search));
  }

  @Test
  void unknownNamesAreNotFound() {
    assertEquals(Optional.empty(), catalog.find("B27"));
    assertEquals(Optional.empty(), catalog.find("互联网信息服务和移动网信息服务"));
    assertEquals(Optional.empty(), catalog.byCode("信息搜索查询服务"));
  }
}
