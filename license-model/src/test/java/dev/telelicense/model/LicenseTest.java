package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicenseTest {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  static Grant icpGrant() {
    return Grant.builder()
        .service(CATALOG.byCode("B25").orElseThrow())
        .name("信息服务业务")
        .addLimitedTo("互联网信息服务")
        .addExcluding("信息搜索查询服务", "信息社区服务", "信息即时交互服务", "信息保护和加工处理服务")
        .addWebsite(Website.builder().name("淘车二手车").addDomain("etaoche.cn")
            .serverLocation("北京市朝阳区酒仙桥东路1号院5号楼3层").accessProvider("北京世纪互联宽带数据中心有限公司").build())
        .build();
  }

  static License taoche() {
    Provision item8 = Provision.builder().number(8).label("（八）").text("…安全评估…").build();
    return License.builder()
        .number(LicenseNumber.parse("京B2-20190486"))
        .licensee("北京淘车科技有限公司")
        .legalRepresentative("王剑炜")
        .issuedOn(LocalDate.of(2020, 1, 8))
        .validUntil(LocalDate.of(2024, 3, 6))
        .addGrant(icpGrant())
        .addProvision(Provision.builder().number(1).label("一").text("你公司应当…").build())
        .addProvision(Provision.builder().number(15).label("十五").text("你公司在经营信息服务业务时应当遵守下列规定：")
            .addItem(item8).build())
        .build();
  }

  @Test
  void regionComesFromTheNumber() {
    assertEquals("北京市", taoche().region());
    License miit = License.builder().from(taoche()).number(LicenseNumber.parse("B2-20090028")).build();
    assertEquals("全国", miit.region());
  }

  @Test
  void grantedItemsRespectExclusionsAndAliases() {
    License l = taoche();
    assertTrue(l.grants(CATALOG.find("信息发布平台和递送服务").orElseThrow()));
    assertFalse(l.grants(CATALOG.find("信息搜索查询服务").orElseThrow()));
    // 信息社区服务 is printed; it excludes the catalogue's 信息社区平台服务
    assertFalse(l.grants(CATALOG.find("信息社区平台服务").orElseThrow()));
    assertFalse(l.grants(CATALOG.find("B21").orElseThrow()));
    assertTrue(l.grants(CATALOG.find("B25").orElseThrow()));
  }

  @Test
  void grantLimitedToItemsAllowsOnlyThose() {
    Grant g = Grant.builder().service(CATALOG.byCode("B25").orElseThrow()).name("信息服务业务")
        .addLimitedTo("信息发布平台和递送服务").build();
    assertTrue(g.allows(CATALOG.find("信息发布平台及递送服务").orElseThrow(), CATALOG));
    assertFalse(g.allows(CATALOG.find("信息即时交互服务").orElseThrow(), CATALOG));
  }

  @Test
  void itemsKnowTheirProvisionAndCitation() {
    License l = taoche();
    Provision p15 = l.provisions().get(1);
    Provision item = p15.items().get(0);
    assertEquals(Optional.of(p15), l.provisionContaining(item));
    assertEquals("十五（八）", l.citationOf(item));
    assertEquals("十五", l.citationOf(p15));
    assertEquals(Optional.empty(), l.provisionContaining(p15));
  }

  @Test
  void issueDateAfterExpiryIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        License.builder().from(taoche()).issuedOn(LocalDate.of(2025, 1, 2)).build());
    assertEquals("issuedOn 2025-01-02 is after validUntil 2024-03-06", e.getMessage());
  }

  @Test
  void unknownDatesAreAllowed() {
    License l = License.builder().number(LicenseNumber.parse("京B2-20252223")).licensee("北京踏行天际科技发展有限公司")
        .build();
    assertEquals(Optional.empty(), l.issuedOn());
    assertEquals(Optional.empty(), l.validUntil());
  }

  @Test
  void websitesNeedAValidDomain() {
    assertThrows(IllegalStateException.class, () -> Website.builder().name("x").build());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Website.builder().name("易鑫").addDomain("yixin capital.com").build());
    assertEquals("website '易鑫' has an invalid domain 'yixin capital.com'", e.getMessage());
    Website.builder().name("中文").addDomain("例子.中国").build();
  }

  @Test
  void provisionsNeedAPositiveNumberAndALabel() {
    assertThrows(IllegalStateException.class, () -> Provision.builder().number(0).label("一").text("").build());
    assertThrows(IllegalStateException.class, () -> Provision.builder().number(1).label(" ").text("").build());
  }

  @Test
  void nullsAreRefusedAtTheDoor() {
    assertThrows(NullPointerException.class, () -> License.builder().licensee(null));
  }

  @Test
  void domainsMatchTheirSubdomains() {
    assertTrue(DomainNames.isWithin("www.dongchejuguang.com", "dongchejuguang.com"));
    assertTrue(DomainNames.isWithin("ETAOCHE.cn", "etaoche.cn"));
    assertFalse(DomainNames.isWithin("notetaoche.cn", "etaoche.cn"));
  }

  @Test
  void provincesKnowTheirAdministrationAndAliases() {
    assertEquals("北京市通信管理局", Province.BEIJING.administration());
    assertEquals(Optional.of(Province.SICHUAN), Province.ofAbbreviation("蜀"));
    assertEquals(Optional.of(Province.GANSU), Province.ofAbbreviation("陇"));
    assertEquals(Optional.of(Province.GUANGXI), Province.atStartOf("广西南宁市"));
    assertEquals(31, Province.values().length);
  }
}
