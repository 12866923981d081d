package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnglishNamesTest {
  private static TelecomService service(String key) {
    return ServiceCatalog.standard().find(key).orElseThrow();
  }

  @Test
  void everyCatalogueEntryHasAnEnglishName() {
    for (TelecomService e : ServiceCatalog.standard().entries()) {
      assertTrue(EnglishNames.of(e).isPresent(), "no English name for " + e);
    }
  }

  @Test
  void servicesReadWithTheirCode() {
    assertEquals("B25 information services", EnglishNames.label(service("B25")));
    assertEquals("search services", EnglishNames.label(service("信息搜索查询服务")));
    assertEquals(Optional.of("community platform services"), EnglishNames.term("信息社区服务"));
    assertEquals("A11-4 international communication facility services", EnglishNames.label(service("A11-4")));
    assertEquals("mobile network information services: search services",
        EnglishNames.label(service("移动网信息服务中的信息搜索查询服务")));
  }

  @Test
  void anItemGrantedReadsWithItsService() {
    Grant call = Grant.builder().service(service("国内呼叫中心业务")).name("国内呼叫中心业务").addCoverage("全国").build();
    assertEquals("B24 call centre services (domestic call centre services), coverage: nationwide",
        EnglishNames.grant(call));
  }

  @Test
  void grantsReadWithLimitsExclusionsAndCoverage() {
    Grant icp = Grant.builder().service(service("B25")).name("信息服务业务").addLimitedTo("互联网信息服务")
        .addExcluding("信息搜索查询服务", "信息即时交互服务").build();
    assertEquals("B25 information services, internet only, excluding search services and instant messaging services",
        EnglishNames.grant(icp));
    Grant idc = Grant.builder().service(service("B11")).name("互联网数据中心业务").addExcluding("互联网资源协作服务")
        .addCoverage("北京", "上海", "内蒙古自治区", "延边朝鲜族自治州").build();
    assertEquals("B11 internet data centre services, excluding internet resource collaboration services, "
        + "coverage: Beijing, Shanghai, Inner Mongolia, 延边朝鲜族自治州", EnglishNames.grant(idc));
    Grant unknown = Grant.builder().name("量子通信增值业务").addCoverage("全国").build();
    assertEquals("量子通信增值业务, coverage: nationwide", EnglishNames.grant(unknown));
  }
}
