package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole catalogue: basic services, 2003 names, and B25 judged by network. */
class CatalogueGrantsTest {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  private static TelecomService entry(String name) {
    return CATALOG.find(name).orElseThrow(() -> new AssertionError("not in the catalogue: " + name));
  }

  private static Grant b25(String limit, String... excluded) {
    ImmutableGrant.Builder b = Grant.builder().service(entry("B25")).name("信息服务业务").addExcluding(excluded);
    if (!limit.isEmpty()) {
      b.addLimitedTo(limit);
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "因特网数据中心业务, B11", "因特网接入服务业务, B14", "国内因特网虚拟专用网业务, B13",
      "因特网信息服务业务, 互联网信息服务", "固定网本地电话业务, A11-1", "因特网国内数据传送业务, A14-2"})
  void namesOfThe2003CatalogueAreTodaysEntries(String old, String key) {
    assertEquals(key, entry(old).key());
  }

  @Test
  void codesOfThe2003CatalogueAreNeverReadAsTheirOldServices() {
    // IDC was B14 in 2003; B14 is today's internet access service, and nothing else.
    assertEquals("互联网接入服务业务", entry("B14").name());
    Grant oldIdc = Grant.builder().service(entry("因特网数据中心业务")).name("因特网数据中心业务").build();
    assertTrue(oldIdc.allows(entry("互联网数据中心业务"), CATALOG));
    assertFalse(oldIdc.allows(entry("B14"), CATALOG));
  }

  @ParameterizedTest(name = "{0} is basic telecom")
  @CsvSource({"A11-4, 国际通信设施服务业务", "A14-2, 互联网国内数据传送业务", "A23-2, 国内甚小口径终端地球站通信业务",
      "A24, 第二类数据通信业务", "A25-3, 用户驻地网业务", "A12-4, 第五代数字蜂窝移动通信业务", "A27, 网络托管业务"})
  void basicServicesAreBasicAndNeverValueAdded(String code, String name) {
    TelecomService s = entry(name);
    assertEquals(Optional.of(code), s.code());
    assertTrue(s.isBasic());
    assertFalse(CATALOG.contains(entry("B1"), s) || CATALOG.contains(entry("B2"), s));
    assertFalse(entry("互联网数据中心业务").isBasic());
    assertFalse(entry("互联网信息服务中的信息搜索查询服务").isBasic());
    assertTrue(entry("国内IP电话业务").isBasic(), "an item of A15");
    assertEquals("A13-2", entry("卫星国际专线业务").key());
  }

  @Test
  void aNameHoldingAListSeparatorIsOneEntry() {
    assertEquals("A23-1", entry("卫星转发器出租、出售业务").key());
    assertEquals("B26", entry("编码和规程转换业务").key());
  }

  @Test
  void anItemGivenAsTheServiceMovesToItsOwnField() {
    Grant g = Grant.builder().service(entry("国内呼叫中心业务")).name("国内呼叫中心业务").build();
    assertEquals(Optional.of("B24"), g.service().flatMap(TelecomService::code));
    assertEquals(Optional.of(entry("国内呼叫中心业务")), g.item());
    assertTrue(g.allows(entry("国内呼叫中心业务"), CATALOG));
    assertFalse(g.allows(entry("离岸呼叫中心业务"), CATALOG));
    assertThrows(IllegalStateException.class, () -> Grant.builder().service(entry("B11"))
        .item(entry("国内呼叫中心业务")).name("x").build());
  }

  @Test
  void anIcpLicenceAllowsInformationServicesOverTheInternetOnly() {
    Grant icp = b25("互联网信息服务");
    assertTrue(icp.allows(entry("互联网信息服务"), CATALOG));
    assertTrue(icp.allows(entry("B25"), CATALOG));
    assertTrue(icp.allows(entry("信息搜索查询服务"), CATALOG), "over the internet");
    assertTrue(icp.allows(entry("互联网信息服务中的信息即时交互服务"), CATALOG));
    assertFalse(icp.allows(entry("移动网信息服务"), CATALOG));
    assertFalse(icp.allows(entry("固定网电话信息服务"), CATALOG));
    assertFalse(icp.allows(entry("移动网信息服务中的信息搜索查询服务"), CATALOG));
  }

  @Test
  void anSpLicenceAllowsEveryNetworkButTheInternet() {
    Grant sp = b25("", "互联网信息服务");
    assertFalse(sp.allows(entry("互联网信息服务"), CATALOG));
    assertFalse(sp.allows(entry("互联网信息服务中的信息社区服务"), CATALOG));
    assertTrue(sp.allows(entry("移动网信息服务"), CATALOG));
    assertTrue(sp.allows(entry("固定网电话信息服务中的信息发布平台和递送服务"), CATALOG));
    assertTrue(sp.allows(entry("信息搜索查询服务"), CATALOG), "over a mobile network");
    Grant older = b25("", "固定网电话信息服务", "互联网信息服务");
    assertFalse(older.allows(entry("固定网电话信息服务"), CATALOG));
    assertTrue(older.allows(entry("移动网信息服务"), CATALOG));
  }

  @Test
  void anExcludedItemIsExcludedOverEveryNetwork() {
    Grant icp = b25("互联网信息服务", "信息搜索查询服务");
    assertFalse(icp.allows(entry("信息搜索查询服务"), CATALOG));
    assertFalse(icp.allows(entry("互联网信息服务中的信息搜索查询服务"), CATALOG));
    assertTrue(icp.allows(entry("互联网信息服务中的信息社区平台服务"), CATALOG));
    assertTrue(CATALOG.contains(entry("信息搜索查询服务"), entry("移动网信息服务中的信息搜索查询服务")));
    assertFalse(CATALOG.contains(entry("信息搜索查询服务"), entry("移动网信息服务")));
  }

  @Test
  void aWholeCategoryIsNotAllowedByOneNetwork() {
    assertFalse(b25("互联网信息服务").allows(entry("B2"), CATALOG));
    Grant network = Grant.builder().service(entry("互联网信息服务")).name("互联网信息服务").build();
    assertTrue(network.allows(entry("信息搜索查询服务"), CATALOG));
    assertFalse(network.allows(entry("移动网信息服务"), CATALOG));
  }
}
