package dev.telelicense.rules.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.Provision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching tolerates scans, rewording, renumbering and paragraphs merged or split; it never guesses. */
class ProvisionMatcherTest {
  private final ProvisionMatcher matcher = ProvisionMatcher.standard();

  /** The ids of a text's parts, {@code ?} for an unknown part. */
  private List<String> ids(String text) {
    return matcher.match(text).stream().map(p -> p.entry().map(CatalogEntry::id).orElse("?")).toList();
  }

  @Test
  void scanDamageDoesNotMatter() {
    assertEquals(List.of("technical-assistance"),
        ids("你 公 司 应 按 照 有 关 法 律 法 规 要 求 ，为有关部门提供技术\n接口和解密等技术支持和协助。"));
    // a page break inside a word, its header left in the text, full-width digits
    assertEquals(List.of("illegal-info-reporting"), ids("你公司应当配合国家有关部门依法开展监督检查工作，按照法律法规要求或有关标\n"
        + "经营许可证编号：京B2-20240286\n## 特别规定事项\n准，做好用户日志留存、违法信息监测等工作，"
        + "并在处置后的１０个工作日内向电信主管部门上报。"));
    assertEquals(List.of("annual-report"), ids("你公司应当在每年第一季度参加电信主管部门组织的经营许可证年报，并按照有关标\n"
        + "经营许可证编号：粤B2-20090059\n特别规定事项\n准报送材料。"));
  }

  @Test
  void theProvisionsOwnWordsAreNotTakenForAPageHeader() {
    assertEquals(List.of("advertising-disclosure"),
        ids("你公司发布信息服务业务广告时，应当公布你公司名称和经营许可证编号，且不得含有悖于社会良好风尚的内容。"));
    assertEquals(List.of("licensed-scope", "licence-number-display"), ids("你公司应当依法开展业务经营活动。"
        + "你公司应当在网站主页等显著位置标明经营许可证编号。"));
  }

  @Test
  void rewordedTextsStillMatch() {
    assertEquals(List.of("annual-report"), ids("你公司应于每年第一季度按要求报送经营许可证年报。"));
    assertEquals(List.of("illegal-info-reporting"), ids("发现违法信息的，应当立即处置并在10个工作日内报告。"));
    // the 2019 template: registered address and capital too, updated in the management system
    assertEquals(List.of("info-change-report", "licence-renewal"), ids("你公司遇有工商登记的住所、注册资本发生变更的情形，"
        + "应当在变更之日起30日内在《电信业务市场综合管理信息系统》中更新相关信息。你公司经营许可证有效期届满需要继续经营的，"
        + "应当提前90日向原发证机关提出延续经营许可证的申请；不再继续经营的，应当提前90日向原发证机关报告。"));
    // the older name of an item
    assertEquals(List.of("community-platform"), ids("你公司提供信息社区服务时，对公众账号做好资质审核备案。"));
  }

  @Test
  void mergedParagraphsAreSplitByWhatTheySay() {
    assertEquals(List.of("publishing-platform", "app-store", "sms-sending"),
        ids("你公司提供信息发布平台及递送服务时，充分保障用户权益，不得强行推送、定制服务。你公司提供应用软件发布平台服务时，"
            + "应当落实对应用软件的上架前检测和日常巡检措施。你公司提供发送短信业务时，不发送垃圾短信。"));
  }

  @Test
  void aSplitParagraphStaysOneObligation() {
    List<MatchedPart> parts = matcher.match("你公司提供信息即时交互服务时，建立完善的应急处置机制。\n"
        + "你公司不得通过公用通信网和互联网提供公共电话业务。");
    assertEquals(1, parts.size());
    assertEquals("instant-messaging", parts.get(0).entry().orElseThrow().id());
    assertTrue(parts.get(0).text().contains("\n"), "both paragraphs are kept: " + parts.get(0).text());
  }

  @Test
  void aSentenceWithoutEvidenceBelongsToItsParagraph() {
    assertEquals(List.of("community-platform"), ids("你公司提供信息社区平台服务时，视情节采取警示、限制发布、暂停更新直至关闭账号等措施。"
        + "你公司应依照有关法律规定，配合电信主管部门建立应急处置机制。"));
    assertEquals(List.of("community-platform"), ids("你公司应依照有关法律规定，配合电信主管部门建立应急处置机制。"
        + "你公司提供信息社区平台服务时，对公众账号做好资质审核备案。"));
  }

  @Test
  void unknownTextIsReportedNeverForcedOntoAnEntry() {
    List<MatchedPart> parts = matcher.match("你公司应当建立未成年人网络保护制度，落实防沉迷措施。");
    assertEquals(1, parts.size());
    assertFalse(parts.get(0).isKnown());
    assertEquals("你公司应当建立未成年人网络保护制度，落实防沉迷措…", parts.get(0).quote());
    // a new paragraph inside a known item is its own unknown part
    assertEquals(List.of("publishing-platform", "?"), ids("你公司提供信息发布平台和递送服务时，不得强行推送、定制服务。\n"
        + "你公司提供网络直播服务时，应当核验主播身份。"));
  }

  @Test
  void theLongerEvidenceDecides() {
    // both name 遵守下列规定; the B25 heading's own phrase is longer than the generic heading's
    assertEquals(List.of("information-services-terms"), ids("你公司在经营信息服务业务时应当遵守下列规定："));
    assertEquals(List.of("service-terms"), ids("你公司在经营互联网数据中心业务时应当遵守下列规定："));
  }

  @Test
  void aLicenceIsMatchedProvisionByProvisionWithItsSections() {
    License l = License.builder().number(LicenseNumber.parse("京B1-20230001")).licensee("示例公司")
        .addProvision(Provision.builder().number(1).label("一").text("你公司应当在每年第一季度参加经营许可证年报。").build())
        .addProvision(Provision.builder().number(2).label("二").text("你公司在经营互联网数据中心业务时应当遵守下列规定：")
            .addItem(Provision.builder().number(1).label("（一）").text("你公司应当建立机房出入管理制度。").build())
            .addItem(Provision.builder().number(2).label("（二）")
                .text("你公司应当建立互联网新技术新业务安全评估制度，并在安全评估完成30日内提交书面评估报告。").build())
            .build())
        .build();
    LicenseProvisions p = matcher.match(l);
    assertEquals(List.of("一", "二", "二（一）", "二（二）"), p.all().stream().map(MatchedProvision::citation).toList());
    assertEquals("B11", p.cited("二（二）").orElseThrow().section().orElseThrow().key());
    assertEquals(List.of("二（一）"), p.withUnknownText().stream().map(MatchedProvision::citation).toList());
    assertEquals(List.of("二（二）"), p.stating("security-assessment").stream().map(MatchedProvision::citation).toList());
    assertTrue(p.cited("二（二）").orElseThrow().isItem());
    assertFalse(p.cited("二").orElseThrow().isItem());
  }

  @Test
  void blankTextHasNoParts() {
    assertEquals(List.of(), matcher.match(" \n　\n"));
  }
}
