package dev.telelicense.io.text;

import static dev.telelicense.io.text.Fixtures.appliesTo;
import static dev.telelicense.io.text.Fixtures.assertGrant;
import static dev.telelicense.io.text.Fixtures.assertNoResidue;
import static dev.telelicense.io.text.Fixtures.assertNumbering;
import static dev.telelicense.io.text.Fixtures.assertWebsite;
import static dev.telelicense.io.text.Fixtures.licenseOf;
import static dev.telelicense.io.text.Fixtures.parseResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.io.Severity;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.Provision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four real scans: every field, every provision, and exactly the diagnostics they deserve. */
class SeedLicenseTest {
  static final String ICP_150746 = "/licenses/jing-icp-150746.txt";
  static final String B2_20190486 = "/licenses/jing-b2-20190486.txt";
  static final String B2_20240286 = "/licenses/jing-b2-20240286.txt";
  static final String B2_20252223 = "/licenses/jing-b2-20252223.txt";

  private static final Optional<String> NONE = Optional.empty();
  private static final Optional<String> PUBLISHING = Optional.of("信息发布平台及递送服务");
  private static final Optional<String> SEARCH = Optional.of("信息搜索查询服务");
  private static final Optional<String> COMMUNITY = Optional.of("信息社区平台服务");
  private static final Optional<String> INSTANT = Optional.of("信息即时交互服务");

  @ParameterizedTest
  @ValueSource(strings = {ICP_150746, B2_20190486, B2_20240286, B2_20252223})
  void noProvisionOrItemKeepsAPageHeaderOrStraySpace(String seed) {
    License l = licenseOf(parseResource(seed));
    assertNoResidue(l);
    assertNumbering(l);
  }

  @ParameterizedTest
  @ValueSource(strings = {ICP_150746, B2_20190486, B2_20240286})
  void cleanSeedsHaveNoDiagnostics(String seed) {
    assertEquals(List.of(), parseResource(seed).diagnostics());
  }

  @ParameterizedTest
  @ValueSource(strings = {ICP_150746, B2_20190486, B2_20240286, B2_20252223})
  void theLastProvisionHoldsTheServiceRules(String seed) {
    License l = licenseOf(parseResource(seed));
    Provision last = l.provisions().get(l.provisions().size() - 1);
    assertTrue(last.text().startsWith("你公司在经营信息服务业务时应当遵守下列规定"), last.text());
    assertEquals("信息服务业务", l.grants().get(l.grants().size() - 1).name());
  }

  @Nested
  class Seed000 {
    final License l = licenseOf(parseResource(ICP_150746));

    @Test
    void mainPage() {
      assertEquals(LicenseNumber.parse("京ICP证150746号"), l.number());
      assertEquals("京ICP证150746号", l.number().toString());
      assertEquals("北京序禄信息科技有限公司", l.licensee());
      assertEquals(Optional.of("毕建军"), l.legalRepresentative());
      assertEquals(Optional.of(LocalDate.of(2025, 3, 5)), l.issuedOn());
      assertEquals(Optional.of(LocalDate.of(2025, 6, 10)), l.validUntil());
      assertEquals(Optional.empty(), l.copyNotice());
    }

    @Test
    void grantWithFourWebsites() {
      assertEquals(1, l.grants().size());
      var g = l.grants().get(0);
      assertGrant(g, "B25", "信息服务业务", List.of("互联网信息服务"),
          List.of("信息搜索查询服务", "信息即时交互服务"), List.of(), NONE);
      String server = "北京市朝阳区容达路7号中国电科太极信息技术产业园D栋";
      String provider = "北京网宿科技有限公司";
      assertEquals(4, g.websites().size());
      assertWebsite(g.websites().get(0), "易鑫", List.of("yixincapital.com"), server, provider);
      assertWebsite(g.websites().get(1), "易鑫集团", List.of("yixincars.com"), server, provider);
      assertWebsite(g.websites().get(2), "易鑫租赁", List.of("yixinqiche.com"), server, provider);
      assertWebsite(g.websites().get(3), "易鑫信息", List.of("yxqiche.com", "daikuan.com"), server, provider);
    }

    @Test
    void provisions() {
      assertEquals(15, l.provisions().size());
      assertTrue(l.provisions().get(0).text().startsWith("你公司应当按照《中华人民共和国电信条例》"));
      Provision nine = l.provisions().get(8);
      assertEquals("九", nine.label());
      assertEquals("你公司应当配合国家有关部门依法开展监督检查工作，按照法律法规要求或有关标准，做好用户日志留存、"
          + "违法信息监测等工作，对发现的违法信息立即进行处置，保存有关记录，并在处置后的10个工作日内向电信主管部门上报。",
          nine.text());
      Provision fifteen = l.provisions().get(14);
      assertEquals("十五", fifteen.label());
      assertEquals("你公司在经营信息服务业务时应当遵守下列规定：", fifteen.text());
      assertEquals(13, fifteen.items().size());
      assertEquals(List.of(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, PUBLISHING, SEARCH,
          COMMUNITY, INSTANT), appliesTo(fifteen));
      assertTrue(fifteen.items().get(5).text().contains("专职网络与信息安全管理人，成立"), "typo kept");
      assertTrue(fifteen.items().get(6).text().contains("要求或有关标准, 具备"), "half-width comma and space kept");
    }

    @Test
    void itemTenRunsOnInTwoUnnumberedParagraphs() {
      Provision ten = l.provisions().get(14).items().get(9);
      assertEquals("（十）", ten.label());
      String[] paragraphs = ten.text().split("\n", -1);
      assertEquals(3, paragraphs.length);
      assertEquals("你公司提供信息发布平台和递送服务时, 充分保障用户权益, 不得强行推送、定制服务。", paragraphs[0]);
      assertTrue(paragraphs[1].startsWith("你公司提供应用软件发布平台服务时, "));
      assertTrue(paragraphs[2].startsWith("你公司提供发送短信业务时, "));
      assertTrue(paragraphs[2].endsWith("不为发送垃圾短信提供便利。"));
    }
  }

  @Nested
  class Seed001 {
    final License l = licenseOf(parseResource(B2_20190486));

    @Test
    void mainPageWithNumberAfterItsLabelAndInterleavedServiceLabel() {
      assertEquals("京B2-20190486", l.number().toString());
      assertEquals("北京淘车科技有限公司", l.licensee());
      assertEquals(Optional.of("王剑炜"), l.legalRepresentative());
      assertEquals(Optional.of(LocalDate.of(2020, 1, 8)), l.issuedOn());
      assertEquals(Optional.of(LocalDate.of(2024, 3, 6)), l.validUntil());
      assertEquals(Optional.empty(), l.copyNotice());
    }

    @Test
    void grantExcludesFourServicesSplitOnTheFinalAnd() {
      assertEquals(1, l.grants().size());
      var g = l.grants().get(0);
      assertGrant(g, "B25", "信息服务业务", List.of("互联网信息服务"),
          List.of("信息搜索查询服务", "信息社区服务", "信息即时交互服务", "信息保护和加工处理服务"), List.of(), NONE);
      assertEquals(1, g.websites().size());
      assertWebsite(g.websites().get(0), "淘车二手车", List.of("etaoche.cn"), "北京市朝阳区酒仙桥东路1号院5号楼3层",
          "北京世纪互联宽带数据中心有限公司");
    }

    @Test
    void provisions() {
      assertEquals(15, l.provisions().size());
      Provision seven = l.provisions().get(6);
      assertTrue(seven.text().contains("开展用户信息保护工作，落实企业网络与信息安全主体责任"), seven.text());
      Provision fifteen = l.provisions().get(14);
      assertEquals("十五", fifteen.label());
      assertEquals("你公司在经营信息服务业务时应当遵守下列规定：", fifteen.text());
      assertEquals(14, fifteen.items().size());
      assertEquals(List.of(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, PUBLISHING, PUBLISHING,
          SEARCH, COMMUNITY, INSTANT), appliesTo(fifteen));
      Provision twelve = fifteen.items().get(11);
      assertEquals("（十二）", twelve.label());
      assertEquals(SEARCH, twelve.appliesTo());
      assertTrue(twelve.text().startsWith("你公司提供信息搜索查询服务时"), twelve.text());
      assertEquals("你公司提供信息发布平台和递送服务时,充分保障用户权益,不得强行推送、定制服务。",
          fifteen.items().get(9).text());
    }
  }

  @Nested
  class Seed002 {
    final License l = licenseOf(parseResource(B2_20240286));

    @Test
    void mainPageDespiteMarkdownResidue() {
      assertEquals("京B2-20240286", l.number().toString());
      assertEquals("北京懂车帝科技有限公司", l.licensee());
      assertEquals(Optional.of("马骏"), l.legalRepresentative());
      assertEquals(Optional.of(LocalDate.of(2024, 1, 25)), l.issuedOn());
      assertEquals(Optional.of(LocalDate.of(2029, 1, 25)), l.validUntil());
    }

    @Test
    void copyNoticeIsTheCopysNotTheLicencesValidity() {
      var notice = l.copyNotice().orElseThrow();
      assertEquals("懂车聚光首页信息变更", notice.purpose());
      assertEquals(Optional.of(LocalDate.of(2024, 3, 27)), notice.validUntil());
    }

    @Test
    void grantAndWebsite() {
      assertEquals(1, l.grants().size());
      var g = l.grants().get(0);
      assertGrant(g, "B25", "信息服务业务", List.of("互联网信息服务"),
          List.of("信息搜索查询服务", "信息即时交互服务"), List.of(), NONE);
      assertEquals(1, g.websites().size());
      assertWebsite(g.websites().get(0), "懂车聚光", List.of("dongchejuguang.com"),
          "北京市朝阳区来广营中路甲一号朝来高科技产业园18号院12号楼2层", "中联云港数据科技股份有限公司");
    }

    @Test
    void provisionsJoinHardWrapsAndPageBreaks() {
      assertEquals(15, l.provisions().size());
      assertTrue(l.provisions().get(8).text().contains("或有关标准,做好用户日志留存"));
      Provision fifteen = l.provisions().get(14);
      assertEquals("你公司在经营信息服务业务时应当遵守下列规定:", fifteen.text());
      assertEquals(13, fifteen.items().size());
      assertEquals(List.of(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, PUBLISHING, SEARCH,
          COMMUNITY, INSTANT), appliesTo(fifteen));
      assertEquals("你公司应当按照电信主管部门要求,配备相应数量的专职网络与信息安全管理人员,成立相应的网络与信息安全管理机构,"
          + "并将相关信息向业务开展地电信主管部门报备,建立健全网络与信息安全保障制度,制定应急处置预案,"
          + "做好网络与信息安全管理技术手段规范使用、日常管理及运行维护。", fifteen.items().get(5).text());
      assertEquals(3, fifteen.items().get(9).text().split("\n").length);
    }
  }

  @Nested
  class Seed003 {
    final ReadResult<License> result = parseResource(B2_20252223);
    final License l = licenseOf(result);

    @Test
    void exactlyTwoErrorsForTheDamagedDates() {
      List<Diagnostic> d = result.diagnostics();
      assertEquals(2, d.size(), d::toString);
      assertDiagnostic(d.get(0), 30, "issuedOn",
          "unreadable date for issuedOn (发证日期): '2025年 0月 2日'");
      assertDiagnostic(d.get(1), 32, "validUntil",
          "unreadable date for validUntil (有效期至): '2030年 0月 2日'");
      assertEquals("seed.txt:30: error: unreadable date for issuedOn (发证日期): '2025年 0月 2日'",
          d.get(0).format("seed.txt"));
    }

    private void assertDiagnostic(Diagnostic d, int line, String field, String message) {
      assertEquals(Severity.ERROR, d.severity());
      assertEquals(DiagnosticCode.DATE_UNREADABLE.name(), d.code());
      assertEquals(line, d.line());
      assertEquals(Optional.of(field), d.field());
      assertEquals(message, d.message());
    }

    @Test
    void mainPageWithoutTheUnreadableDates() {
      assertEquals("京B2-20252223", l.number().toString());
      assertEquals("北京踏行天际科技发展有限公司", l.licensee());
      assertEquals(Optional.of("乔庆军"), l.legalRepresentative());
      assertEquals(Optional.empty(), l.issuedOn());
      assertEquals(Optional.empty(), l.validUntil());
      assertEquals(Optional.empty(), l.copyNotice());
    }

    @Test
    void twoGrantsListTheSameWebsite() {
      assertEquals(2, l.grants().size());
      assertGrant(l.grants().get(0), "B21", "在线数据处理与交易处理业务", List.of("经营类电子商务"),
          List.of("网络借贷信息中介类的互联网金融业务"), List.of(), NONE);
      assertGrant(l.grants().get(1), "B25", "信息服务业务", List.of("互联网信息服务"),
          List.of("信息搜索查询服务", "信息即时交互服务"), List.of(), NONE);
      for (var g : l.grants()) {
        assertEquals(1, g.websites().size());
        assertWebsite(g.websites().get(0), "北京踏行天际科技发展有限公司", List.of("serve24h.com"),
            "北京市昌平区北七家镇九厂路中国电信大厦", "阿里云计算有限公司");
      }
    }

    @Test
    void sixteenProvisionsWithTwoServiceSections() {
      assertEquals(16, l.provisions().size());
      assertTrue(l.provisions().get(7).text().contains("影响众多用户的服中断事件"), "typo 服中断 kept");
      Provision fifteen = l.provisions().get(14);
      assertEquals("你公司在经营在线数据处理与交易处理业务时应当遵守下列规定：", fifteen.text());
      assertEquals(7, fifteen.items().size());
      assertTrue(fifteen.items().get(4).text().contains("专职网络与信息安全管理人人员"), "typo 管理人人员 kept");
      assertEquals("你公司应当按照电信主管部门要求或有关标准，具备网络与信息安全管理技术保障措施，并实现与网络和业务发展同步规划、"
          + "同步建设、同步运行，确保网络与信息安全管理技术手段对运营网络和业务的全覆盖。", fifteen.items().get(5).text());
      Provision sixteen = l.provisions().get(15);
      assertEquals("十六", sixteen.label());
      assertEquals("你公司在经营信息服务业务时应当遵守下列规定：", sixteen.text());
      assertEquals(13, sixteen.items().size());
      assertEquals(List.of(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, PUBLISHING, SEARCH,
          COMMUNITY, INSTANT), appliesTo(sixteen));
      assertEquals("（九）", sixteen.items().get(8).label());
    }
  }
}
