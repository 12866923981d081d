package dev.telelicense.io.text;

import static dev.telelicense.io.text.Fixtures.assertGrant;
import static dev.telelicense.io.text.Fixtures.assertNoResidue;
import static dev.telelicense.io.text.Fixtures.assertNumbering;
import static dev.telelicense.io.text.Fixtures.assertWebsite;
import static dev.telelicense.io.text.Fixtures.licenseOf;
import static dev.telelicense.io.text.Fixtures.parseResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.io.Severity;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.Province;
import dev.telelicense.model.Provision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Licences unlike the seeds, written for these tests under {@code variants/}. They are cut short (a few
 * provisions, or none): what they lack as whole licences is pinned by CompletenessTest, not here.
 */
class VariantLicenseTest {

  @Test
  void guangdongLicenceWithTwoGrantsSeveralWebsitesAndCrlf() {
    String text = Fixtures.resource("/variants/guangdong_two_grants_crlf.txt");
    assertTrue(text.contains("\r\n"), "fixture must keep its CRLF line endings");
    ReadResult<License> result = LicenseTextParser.standard().parse(text);
    assertEquals(List.of(), Fixtures.apartFromGaps(result).diagnostics());
    License l = licenseOf(result);
    assertEquals("粤B2-20090059", l.number().toString());
    assertEquals(Optional.of(Province.GUANGDONG), l.number().province());
    assertEquals("广州示例网络科技有限公司", l.licensee());
    assertEquals(Optional.of("陈明"), l.legalRepresentative());
    assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), l.issuedOn());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), l.validUntil());
    assertEquals(2, l.grants().size());

    var info = l.grants().get(0);
    assertGrant(info, "B25", "信息服务业务", List.of("互联网信息服务"),
        List.of("信息搜索查询服务", "信息社区平台服务", "信息即时交互服务"), List.of(), Optional.empty());
    assertEquals(2, info.websites().size());
    assertWebsite(info.websites().get(0), "示例资讯", List.of("example-news.cn", "news.example.com", "m.example.com"),
        "广东省广州市天河区示例路1号", "广东示例云计算有限公司");
    assertWebsite(info.websites().get(1), "示例论坛", List.of("forum.example.cn"),
        "广东省广州市天河区示例路1号", "广东示例云计算有限公司");

    var trade = l.grants().get(1);
    assertGrant(trade, "B21", "在线数据处理与交易处理业务", List.of("经营类电子商务"), List.of(), List.of(),
        Optional.of("广东省"));
    assertEquals(1, trade.websites().size());
    assertWebsite(trade.websites().get(0), "示例商城", List.of("shop.example.cn", "pay.example.cn", "api.example.cn"),
        "广东省深圳市南山区示例大道2号", "深圳示例数据有限公司");

    assertEquals(3, l.provisions().size());
    assertEquals("你公司应当按照许可的业务种类和业务覆盖范围，依法开展业务经营活动。\n四、五两项由通信管理局另行通知。",
        l.provisions().get(0).text(), "an out-of-sequence 四、 is no provision");
    assertEquals("你公司应当在每年第一季度参加电信主管部门组织的经营许可证年报，并按照有关标准报送材料。",
        l.provisions().get(1).text());
    Provision three = l.provisions().get(2);
    assertEquals(3, three.items().size());
    assertEquals(Optional.empty(), three.items().get(0).appliesTo());
    assertEquals(Optional.of("信息社区平台服务"), three.items().get(1).appliesTo());
    assertEquals("你公司提供信息社区平台服务时，对公众帐号做好资质审核备案。", three.items().get(1).text());
    assertEquals("（三）", three.items().get(2).label());
    assertEquals(Optional.of("信息即时交互服务"), three.items().get(2).appliesTo());
    assertEquals("你公司提供信息即时交互服务时，建立完善的应急处置机制。\n你公司不得通过公用通信网和互联网提供公共电话业务。",
        three.items().get(2).text());
    assertNoResidue(l);
    assertNumbering(l);
  }

  @Test
  void crossRegionalMiitLicenceWithB1GrantsAndCoverage() {
    ReadResult<License> result = parseResource("/variants/miit_b1_nationwide.txt");
    assertEquals(List.of(), Fixtures.apartFromGaps(result).diagnostics());
    License l = licenseOf(result);
    assertEquals("B1.B2-20090108", l.number().toString());
    assertEquals(Optional.empty(), l.number().province());
    assertEquals(Province.NATIONWIDE, l.region());
    assertEquals("示例数据科技股份有限公司", l.licensee());
    assertEquals(Optional.of("李四"), l.legalRepresentative());
    assertEquals(Optional.of(LocalDate.of(2019, 7, 1)), l.issuedOn());
    assertEquals(Optional.of(LocalDate.of(2024, 7, 1)), l.validUntil(), "有效期限至");
    assertEquals(3, l.grants().size());
    assertGrant(l.grants().get(0), "B11", "互联网数据中心业务", List.of(), List.of("互联网资源协作服务"), List.of(),
        Optional.of("全国"));
    assertGrant(l.grants().get(1), "B14", "互联网接入服务业务", List.of(), List.of(), List.of(),
        Optional.of("北京、上海、广东"));
    assertGrant(l.grants().get(2), "B25", "信息服务业务", List.of(), List.of("互联网信息服务"), List.of(),
        Optional.of("全国"));
    assertEquals(1, l.grants().get(0).websites().size());
    assertWebsite(l.grants().get(0).websites().get(0), "示例云", List.of("example-cloud.com"),
        "北京市海淀区示例路3号", "示例数据科技股份有限公司");
    assertEquals(List.of(), l.grants().get(1).websites());
    assertEquals(2, l.provisions().size());
    assertEquals("你公司应当依法开展业务经营活动。", l.provisions().get(0).text());
    assertEquals(List.of(), l.provisions().get(1).items());
  }

  @Test
  void zhejiangLicenceWithSideBySideFieldsChineseNumeralDatesAndAValidityRange() {
    ReadResult<License> result = parseResource("/variants/zhejiang_side_by_side.txt");
    assertEquals(List.of(), Fixtures.apartFromGaps(result).diagnostics());
    License l = licenseOf(result);
    assertEquals("浙B2-20210518", l.number().toString());
    assertEquals(Optional.of(Province.ZHEJIANG), l.number().province());
    assertEquals("杭州示例信息技术有限公司", l.licensee(), "the number's line also holds 公司名称");
    assertEquals(Optional.of("周八"), l.legalRepresentative());
    assertEquals(Optional.of(LocalDate.of(2021, 5, 18)), l.issuedOn(), "二〇二一年五月十八日");
    assertEquals(Optional.of(LocalDate.of(2026, 5, 17)), l.validUntil(), "the end of 有效期：…至…");
    assertEquals(1, l.grants().size());
    assertGrant(l.grants().get(0), "B25", "信息服务业务", List.of("互联网信息服务"),
        List.of("信息搜索查询服务", "信息即时交互服务"), List.of(), Optional.empty());
    var sites = l.grants().get(0).websites();
    assertEquals(2, sites.size());
    assertWebsite(sites.get(0), "示例书城", List.of("example-books.cn", "m.example-books.cn"),
        "浙江省杭州市余杭区示例路8号", "浙江示例云计算有限公司");
    assertWebsite(sites.get(1), "示例问答", List.of("ask.example.cn"), "浙江省杭州市西湖区示例街9号",
        "浙江示例云计算有限公司");
    assertEquals("你公司变更网站名称、网站域名、网站接入服务提供单位等信息的，应当在变更后30日内向发证机关报告。",
        l.provisions().get(1).text(), "a wrapped sentence naming labels is not split");
    assertNoResidue(l);
    assertNumbering(l);
  }

  @Test
  void shanghaiLicenceWithFullWidthDigitsUnpaddedDatesAndLoneCr() {
    String text = Fixtures.resource("/variants/shanghai_fullwidth_cr.txt");
    assertTrue(text.contains("\r") && !text.contains("\n"), "fixture must keep its lone CR line endings");
    ReadResult<License> result = LicenseTextParser.standard().parse(text);
    assertEquals(List.of(), Fixtures.apartFromGaps(result).diagnostics());
    License l = licenseOf(result);
    assertEquals(LicenseNumber.parse("沪B2-20210012"), l.number());
    assertEquals("上海示例信息技术有限公司", l.licensee());
    assertEquals(Optional.of("王五"), l.legalRepresentative());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 5)), l.issuedOn());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 5)), l.validUntil());
    assertEquals(1, l.grants().size());
    assertGrant(l.grants().get(0), "B25", "信息服务业务", List.of(), List.of("互联网信息服务"), List.of(),
        Optional.empty());
    assertEquals(List.of(), l.provisions());
  }

  @Test
  void textWithoutNumberGivesNoLicence() {
    ReadResult<License> result = parseResource("/variants/no_number.txt");
    assertEquals(Optional.empty(), result.value());
    assertEquals(1, Fixtures.apartFromGaps(result).diagnostics().size(), Fixtures.apartFromGaps(result).diagnostics()::toString);
    Diagnostic d = Fixtures.apartFromGaps(result).diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(DiagnosticCode.NUMBER_MISSING.name(), d.code());
    assertEquals(Optional.of("number"), d.field());
  }

  @Test
  void damagedCopyNoticeDateIsReportedAndNeverTheLicencesValidity() {
    ReadResult<License> result = parseResource("/variants/damaged_copy_notice.txt");
    License l = licenseOf(result);
    assertEquals("浙B2-20180001", l.number().toString());
    assertEquals("杭州示例科技有限公司", l.licensee());
    assertEquals(Optional.of("赵六"), l.legalRepresentative());
    assertEquals(Optional.of(LocalDate.of(2023, 6, 8)), l.issuedOn());
    assertEquals(Optional.of(LocalDate.of(2028, 6, 8)), l.validUntil());
    assertGrant(l.grants().get(0), "B25", "信息服务业务", List.of("互联网信息服务"), List.of(), List.of(),
        Optional.empty());
    var notice = l.copyNotice().orElseThrow();
    assertEquals("投标", notice.purpose());
    assertEquals(Optional.empty(), notice.validUntil());
    assertEquals(1, Fixtures.apartFromGaps(result).diagnostics().size(), Fixtures.apartFromGaps(result).diagnostics()::toString);
    Diagnostic d = Fixtures.apartFromGaps(result).diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(DiagnosticCode.DATE_UNREADABLE.name(), d.code());
    assertEquals(13, d.line());
    assertEquals(Optional.of("copyNotice.validUntil"), d.field());
    assertEquals("unreadable date for copyNotice.validUntil (复印件有效期至): '2024年13月1日'", d.message());
  }

  @Test
  void mismatchedHeaderBadDomainUnknownServiceAndUnmatchedAppendix() {
    ReadResult<License> result = parseResource("/variants/diagnostics.txt");
    License l = licenseOf(result);
    assertEquals("苏B1-20130063", l.number().toString());
    List<Diagnostic> d = Fixtures.apartFromGaps(result).diagnostics();
    assertEquals(4, d.size(), d::toString);

    assertEquals(Severity.WARNING, d.get(0).severity());
    assertEquals(DiagnosticCode.HEADER_NUMBER_MISMATCH.name(), d.get(0).code());
    assertEquals(16, d.get(0).line());
    assertTrue(d.get(0).message().contains("'苏B1-20130064'"), d.get(0).message());

    assertEquals(Severity.ERROR, d.get(1).severity(), "a grant nobody understood is an error");
    assertEquals(DiagnosticCode.UNKNOWN_SERVICE.name(), d.get(1).code());
    assertTrue(d.get(1).message().contains("'量子通信增值业务'"), d.get(1).message());
    assertEquals(Optional.of("grants[1].service"), d.get(1).field());

    assertEquals(Severity.ERROR, d.get(2).severity());
    assertEquals(DiagnosticCode.WEBSITE_INVALID.name(), d.get(2).code());
    assertEquals(Optional.of("grants[0].websites[0].domains"), d.get(2).field());
    assertEquals(23, d.get(2).line());
    assertTrue(d.get(2).message().contains("'bad_domain!.cn'"), d.get(2).message());

    assertEquals(Severity.ERROR, d.get(3).severity());
    assertEquals(DiagnosticCode.APPENDIX_UNMATCHED.name(), d.get(3).code());
    assertEquals(32, d.get(3).line());
    assertTrue(d.get(3).message().contains("'示例信息'"), "names the dropped website: " + d.get(3).message());

    assertEquals(2, l.grants().size());
    assertGrant(l.grants().get(0), "B11", "互联网数据中心业务", List.of(), List.of("互联网资源协作服务"), List.of(),
        Optional.of("江苏省"));
    assertEquals(1, l.grants().get(0).websites().size());
    assertEquals("示例备站", l.grants().get(0).websites().get(0).name());
    var unknown = l.grants().get(1);
    assertEquals("量子通信增值业务", unknown.name());
    assertFalse(unknown.service().isPresent());
  }
}
