package dev.telelicense.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.io.Severity;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 业务种类（服务项目）及覆盖范围 in every printed form: as licences print it and as registers list it.
 * The strings are written for these tests in the registers' forms; none is a real record.
 */
class GrantFormsTest {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  private static ReadResult<License> parse(String services) {
    return Fixtures.apartFromGaps(LicenseTextParser.standard().parse("经营许可证编号：京B1-20210001\n"
        + "公司名称：北京示例云网络有限公司\n法定代表人：王五\n业务种类（服务项目）及覆盖范围：" + services
        + "\n发证日期：2021年3月1日\n有效期至：2026年3月1日\n"));
  }

  private static List<Grant> grants(String services) {
    ReadResult<License> r = parse(services);
    assertEquals(List.of(), errors(r), "no error for " + services);
    return r.value().orElseThrow().grants();
  }

  private static List<Diagnostic> errors(ReadResult<License> r) {
    return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  /** Each grant as {@code service[/item]:coverage,…}. */
  private static List<String> summary(List<Grant> grants) {
    return grants.stream().map(g -> g.service().flatMap(TelecomService::code).orElse("?")
        + g.item().map(i -> "/" + i.name()).orElse("") + ":" + String.join(",", g.coverage())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "互联网接入服务业务：北京市 互联网数据中心业务：北京市",
      "互联网接入服务业务:北京市互联网数据中心业务:北京市",
      "互联网接入服务业务：北京市\n互联网数据中心业务：北京市",
      "互联网接入服务业务：北京市，互联网数据中心业务：北京市",
      "互联网接入服务业务：北京市、互联网数据中心业务：北京市"})
  void servicesEachWithTheirCoverageWhateverStandsBetween(String services) {
    assertEquals(List.of("B14:北京市", "B11:北京市"), summary(grants(services)));
  }

  @Test
  void oldNamesAreTodaysServicesEvenGluedTogether() {
    List<Grant> g = grants("因特网接入服务业务:天津市因特网数据中心业务:天津市;河北省国内因特网虚拟专用网业务:全国");
    assertEquals(List.of("B14:天津市", "B11:天津市,河北省", "B13:全国"), summary(g));
    assertEquals("因特网数据中心业务", g.get(1).name(), "the name as printed");
  }

  @Test
  void coverageListsOfProvincesCitiesAndPrefectures() {
    List<Grant> g = grants("互联网数据中心业务：上海市、苏州市，延边朝鲜族自治州；阿里地区;兴安盟 内容分发网络业务：广东省和浙江省");
    assertEquals(List.of("B11:上海市,苏州市,延边朝鲜族自治州,阿里地区,兴安盟", "B12:广东省,浙江省"), summary(g));
  }

  @Test
  void aSixteenProvinceGrantIsOneGrant() {
    List<Grant> g = grants("互联网接入服务业务：北京、天津、河北、山西、内蒙古、辽宁、吉林、黑龙江、上海、江苏、浙江、安徽、福建、"
        + "江西、山东、河南");
    assertEquals(1, g.size());
    assertEquals(16, g.get(0).coverage().size());
  }

  @Test
  void listsOfServicesSplitOnlyWhereEveryPartIsKnown() {
    assertEquals(List.of("B11:", "B12:", "B14:"), summary(grants("互联网数据中心业务、内容分发网络业务和互联网接入服务业务")));
    assertEquals(List.of("B11:", "B12:"), summary(grants("互联网数据中心业务,内容分发网络业务")));
    assertEquals(List.of("B11:", "B12:", "B13:"), summary(grants("互联网数据中心业务 内容分发网络业务；国内互联网虚拟专用网业务")));
    assertEquals(List.of("B25/信息搜索查询服务:", "B25/信息社区平台服务:"), summary(grants("信息搜索查询服务和信息社区服务")));
    assertEquals(List.of("B26:"), summary(grants("编码和规程转换业务")));
    assertEquals(List.of("B25/信息保护和处理服务:"), summary(grants("信息保护和加工处理服务")));
  }

  @Test
  void exclusionsJoinedByAndAreSplitAtKnownNames() {
    Grant sp = grants("信息服务业务（不含固定网电话信息服务和互联网信息服务）").get(0);
    assertEquals(List.of("固定网电话信息服务", "互联网信息服务"), sp.excluding());
    assertFalse(sp.allows(CATALOG.find("互联网信息服务").orElseThrow(), CATALOG));
    assertTrue(sp.allows(CATALOG.find("移动网信息服务").orElseThrow(), CATALOG));
  }

  @Test
  void anOlderLimitToTwoNetworksAllowsBothButNotTheThird() {
    Grant g = grants("信息服务业务（仅限互联网信息服务和移动网信息服务业务）").get(0);
    assertEquals(List.of("互联网信息服务", "移动网信息服务业务"), g.limitedTo());
    assertTrue(g.allows(CATALOG.find("移动网信息服务").orElseThrow(), CATALOG));
    assertTrue(g.allows(CATALOG.find("互联网信息服务中的信息搜索查询服务").orElseThrow(), CATALOG));
    assertFalse(g.allows(CATALOG.find("固定网电话信息服务").orElseThrow(), CATALOG));
  }

  @Test
  void anSpAndAnIcpGrantInOneLicence() {
    List<Grant> g = grants("信息服务业务（不含互联网信息服务）：全国 信息服务业务（仅限互联网信息服务）：北京市");
    assertEquals(List.of("B25:全国", "B25:北京市"), summary(g));
    assertEquals(List.of("互联网信息服务"), g.get(0).excluding());
    assertEquals(List.of("互联网信息服务"), g.get(1).limitedTo());
  }

  @Test
  void basicServicesOnAnA2B1LicenceAreBasicTelecom() {
    List<Grant> g = grants("国内甚小口径终端地球站通信业务：全国 固定网国内数据传送业务：全国 互联网数据中心业务：全国");
    assertEquals(List.of("A23-2:全国", "A24-1:全国", "B11:全国"), summary(g));
    assertTrue(g.get(0).service().orElseThrow().isBasic());
    assertTrue(g.get(1).service().orElseThrow().isBasic());
    assertFalse(g.get(2).service().orElseThrow().isBasic());
  }

  @Test
  void anItemOfAServiceIsGrantedWithItsService() {
    assertEquals(List.of("B24/国内呼叫中心业务:上海市,江苏省", "B24/离岸呼叫中心业务:全国"),
        summary(grants("国内呼叫中心业务：上海市；江苏省 离岸呼叫中心业务：全国")));
  }

  @Test
  void theCoverageLineKeepsItsFormAndEachServiceItsOwnCoverage() {
    List<Grant> g = grants("互联网数据中心业务（不含互联网资源协作服务）\n业务覆盖范围：北京、上海和广州\n"
        + "在线数据处理与交易处理业务（仅限经营类电子商务）\n业务覆盖范围：全国");
    assertEquals(List.of("B11:北京,上海,广州", "B21:全国"), summary(g));
    assertEquals(List.of("互联网资源协作服务"), g.get(0).excluding());
  }

  @Test
  void areasWithDifferentItemsKeepTheTextAndNeverSpreadAnExclusion() {
    ReadResult<License> r = parse("互联网接入服务业务：上海1直辖市含网站接入，北京、江苏、浙江、广东、重庆5省（直辖市）不含网站接入 "
        + "互联网数据中心业务：上海市");
    assertEquals(List.of(), errors(r));
    List<Grant> g = r.value().orElseThrow().grants();
    assertEquals(List.of("B14:上海,北京,江苏,浙江,广东,重庆", "B11:上海市"), summary(g));
    assertEquals(List.of(), g.get(0).excluding(), "不含网站接入 names five areas, not the sixth");
    assertEquals(List.of(), g.get(0).including());
    assertEquals(Optional.of("上海1直辖市含网站接入，北京、江苏、浙江、广东、重庆5省（直辖市）不含网站接入"),
        g.get(0).coverageByArea());
    assertTrue(r.diagnostics().stream().anyMatch(d -> DiagnosticCode.COVERAGE_BY_AREA.matches(d)));
  }

  @Test
  void aPlaceIsNeverAGrant() {
    ReadResult<License> r = parse("北京市、上海市");
    assertEquals(List.of(), r.value().orElseThrow().grants());
    assertEquals(DiagnosticCode.COVERAGE_WITHOUT_SERVICE.name(), errors(r).get(0).code());
    assertTrue(errors(r).get(0).message().contains("'北京市'"), errors(r).get(0)::message);
  }

  @Test
  void anUnknownFragmentIsAnErrorThatQuotesIt() {
    ReadResult<License> r = parse("互联网数据中心业务：北京市 量子密钥分发业务：全国 内容分发网络业务：全国");
    assertEquals(List.of("B11:北京市", "?:全国", "B12:全国"), summary(r.value().orElseThrow().grants()));
    Diagnostic e = errors(r).get(0);
    assertEquals(DiagnosticCode.UNKNOWN_SERVICE.name(), e.code());
    assertTrue(e.message().contains("'量子密钥分发业务'"), e.message());
    ReadResult<License> place = parse("互联网数据中心业务：北京市、华北地区");
    assertEquals(DiagnosticCode.UNKNOWN_PLACE.name(), errors(place).get(0).code());
    assertTrue(errors(place).get(0).message().contains("'华北地区'"));
  }

  @Test
  void theCategoryBeforeAServiceIsNoGrant() {
    assertEquals(List.of("B25:"), summary(grants("第二类增值电信业务中的信息服务业务（仅限互联网信息服务）")));
  }
}
