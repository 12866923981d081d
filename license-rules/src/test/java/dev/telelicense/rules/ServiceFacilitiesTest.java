package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.evaluate;
import static dev.telelicense.rules.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.Facility;
import dev.telelicense.model.Grant;
import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.ServiceCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** B1 facilities under provision 二, and the B25 networks under scope.services-granted. */
class ServiceFacilitiesTest {
  private static final LocalDate AS_OF = d("2026-11-22");
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  private static Grant grant(String service, String... coverage) {
    return Grant.builder().service(CATALOG.find(service).orElseThrow()).name(service).addCoverage(coverage).build();
  }

  /** A seed licence's provisions, with these grants and number. */
  private static License licence(String number, Grant... grants) {
    return ImmutableLicense.copyOf(SeedLicenses.seed003()).withNumber(LicenseNumber.parse(number))
        .withGrants(List.of(grants));
  }

  private static OperatingFacts at(String... serviceAndLocation) {
    List<Facility> f = new java.util.ArrayList<>();
    for (int i = 0; i < serviceAndLocation.length; i += 2) {
      f.add(Facility.builder().service(serviceAndLocation[i]).location(serviceAndLocation[i + 1]).build());
    }
    return facts().facilities(f).build();
  }

  /** The finding under provision 二. */
  private static Finding underTwo(License l, OperatingFacts facts) {
    return evaluate("facilities.within-coverage", l, facts, AS_OF).stream()
        .filter(f -> f.provision().equals(Optional.of("二"))).findFirst().orElseThrow();
  }

  @Nested
  class Facilities {
    private final License idc = licence("B1-20210517", grant("互联网数据中心业务", "北京市", "上海市", "延边朝鲜族自治州"),
        grant("内容分发网络业务", "全国"), grant("因特网接入服务业务", "江苏省"));

    @Test
    void machineRoomsNodesAndPointsOfPresenceInsideTheirCoveragePass() {
      Finding f = underTwo(idc, at("B11", "上海市浦东新区张江路1号", "B11", "吉林省延边朝鲜族自治州延吉市长白山路8号",
          "B12", "四川省成都市高新区天府大道", "B14", "江苏省昆山市花桥镇"));
      assertEquals(Status.PASS, f.status(), f::message);
    }

    @Test
    void aRoomOutsideTheCitiesOfItsCoverageFails() {
      Finding f = underTwo(idc, at("B11", "广东省深圳市南山区科技园", "B12", "广东省深圳市"));
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("广东省深圳市南山区科技园") && !f.message().contains("B12"), f.message());
    }

    @Test
    void anotherCityOfACoveredProvinceFails() {
      assertEquals(Status.FAIL, underTwo(idc, at("B11", "吉林省长春市")).status(), "长春 is not 延边");
    }

    @Test
    void aLocationNamingNoKnownPlaceIsNotReviewed() {
      Finding f = underTwo(idc, at("B11", "张江高科技园区3号楼"));
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertTrue(f.message().contains("张江高科技园区3号楼"), f.message());
      assertEquals(Status.NOT_REVIEWED, underTwo(idc, at("B11", "吉林省")).status(),
          "吉林省 holds 延边, but which city is not said");
    }

    @Test
    void aFacilityOfAServiceNotGrantedFails() {
      assertEquals(Status.FAIL, underTwo(idc, at("B13", "北京市海淀区")).status());
    }

    @Test
    void unknownFacilitiesOfAGrantedB1ServiceAreNotReviewed() {
      assertEquals(Status.NOT_REVIEWED, underTwo(idc, facts().build()).status());
      assertEquals(Status.PASS, underTwo(idc, facts().facilities(List.of()).build()).status(), "judged: none");
      License icp = licence("京B2-20190486", grant("信息服务业务"));
      assertEquals(Status.NOT_APPLICABLE, underTwo(icp, facts().build()).status());
    }

    @Test
    void whereTheB21ItemWasNotReadProvisionTwoJudgesTheB21ServersToo() {
      License taxing = Fixtures.without(SeedLicenses.seed003(), t -> t.contains("业务覆盖范围内组建"));
      List<Finding> f = evaluate("facilities.within-coverage", taxing, facts().websites(List.of(
          Fixtures.site("serve24h.com", true, "上海市浦东新区张江路"))).build(), AS_OF);
      assertEquals(1, f.size(), f::toString);
      assertEquals(Optional.of("二"), f.get(0).provision());
      assertEquals(Status.FAIL, f.get(0).status(), "a Beijing licence's B21 servers in Shanghai");
    }

    @Test
    void withoutPrintedCoverageTheLicencesRegionDecides() {
      License beijing = licence("京B1-20210001", grant("互联网数据中心业务"));
      assertEquals(Status.PASS, underTwo(beijing, at("B11", "北京市朝阳区")).status());
      assertEquals(Status.FAIL, underTwo(beijing, at("B11", "河北省廊坊市")).status());
    }
  }

  @Nested
  class Networks {
    private Finding services(License l, String... operated) {
      return evaluate("scope.services-granted", l, facts().services(List.of(operated)).build(), AS_OF).get(0);
    }

    private Grant b25(String limit, String... excluded) {
      var b = Grant.builder().service(CATALOG.find("B25").orElseThrow()).name("信息服务业务").addExcluding(excluded);
      if (!limit.isEmpty()) {
        b.addLimitedTo(limit);
      }
      return b.build();
    }

    @Test
    void anIcpLicenceDoesNotAllowMobileOrFixedLineInformationServices() {
      License icp = licence("京B2-20190486", b25("互联网信息服务"));
      assertEquals(Status.PASS, services(icp, "互联网信息服务", "信息搜索查询服务").status());
      assertEquals(Status.FAIL, services(icp, "移动网信息服务").status());
      assertEquals(Status.FAIL, services(icp, "固定网电话信息服务中的信息发布平台和递送服务").status());
    }

    @Test
    void anSpLicenceDoesNotAllowInternetInformationServices() {
      License sp = licence("粤B2-20120388", b25("", "固定网电话信息服务", "互联网信息服务"));
      assertEquals(Status.PASS, services(sp, "移动网信息服务", "移动网信息服务中的信息即时交互服务").status());
      Finding f = services(sp, "互联网信息服务中的信息社区平台服务");
      assertEquals(Status.FAIL, f.status());
      assertEquals(Status.FAIL, services(sp, "固定网电话信息服务").status());
    }

    @Test
    void anSpAndAnIcpGrantTogetherAllowBoth() {
      License both = licence("B2-20200031", b25("", "互联网信息服务"), b25("互联网信息服务"));
      assertEquals(Status.PASS, services(both, "移动网信息服务", "互联网信息服务", "信息社区服务").status());
    }

    @Test
    void anOldNameOfIdcIsTheIdcGranted() {
      License old = licence("B2-20070001", grant("因特网数据中心业务", "全国"));
      assertEquals(Status.PASS, services(old, "互联网数据中心业务").status());
      assertEquals(Status.FAIL, services(old, "互联网接入服务业务").status(), "B14 is no 2003 B14");
    }
  }
}
