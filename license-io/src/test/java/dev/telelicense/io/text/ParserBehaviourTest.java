package dev.telelicense.io.text;

import static dev.telelicense.io.text.Fixtures.licenseOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.io.Severity;
import dev.telelicense.model.License;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Single behaviours of the parser on small inline texts. */
class ParserBehaviourTest {
  private static final String HEAD = "经营许可证编号：京B2-20190486\n公司名称：北京示例科技有限公司\n";

  /** The snippets here are parts of licences: what they lack as a whole is CompletenessTest's. */
  private static ReadResult<License> parse(String text) {
    return Fixtures.apartFromGaps(LicenseTextParser.standard().parse(text));
  }

  private static Diagnostic only(ReadResult<License> result) {
    assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
    return result.diagnostics().get(0);
  }

  @Test
  void numberOnTheLineBeforeItsLabel() {
    License l = licenseOf(parse("\n京B2-20252223\n\n经营许可证编号：\n\n公司名称：北京示例科技有限公司\n"));
    assertEquals("京B2-20252223", l.number().toString());
  }

  @Test
  void labelsWithoutColonAndValuesOnTheNextLine() {
    License l = licenseOf(parse("""
        经营许可证编号京B2-20190486
        公司名称
        北京示例科技有限公司
        法定代表人:

        张 三
        发证日期
        2023年6月8日
        有效期至:
        2028年 06月 08日
        """));
    assertEquals("北京示例科技有限公司", l.licensee());
    assertEquals(Optional.of("张三"), l.legalRepresentative());
    assertEquals(Optional.of(LocalDate.of(2023, 6, 8)), l.issuedOn());
    assertEquals(Optional.of(LocalDate.of(2028, 6, 8)), l.validUntil());
  }

  @Test
  void impossibleDateIsReportedNotGuessed() {
    ReadResult<License> r = parse(HEAD + "法定代表人：张三\n业务种类（服务项目）及覆盖范围：信息服务业务\n"
        + "发证日期：2025年2月30日\n有效期至：2030年2月28日\n");
    License l = licenseOf(r);
    assertEquals(Optional.empty(), l.issuedOn());
    assertEquals(Optional.of(LocalDate.of(2030, 2, 28)), l.validUntil());
    Diagnostic d = only(r);
    assertEquals(DiagnosticCode.DATE_UNREADABLE.name(), d.code());
    assertEquals(5, d.line());
    assertEquals("unreadable date for issuedOn (发证日期): '2025年2月30日'", d.message());
  }

  @Test
  void validityPrintedAsARangeGivesItsEnd() {
    String body = HEAD + "法定代表人：张三\n业务种类（服务项目）及覆盖范围：信息服务业务\n发证日期：2024年1月25日\n";
    for (String range : List.of("有效期：2024年01月25日至2029年01月24日", "有效期限：自2024年1月25日至2029年1月24日止",
        "有效期\n2024年1月25日 至 2029年1月24日", "有效期：二〇二四年一月二十五日至二〇二九年一月二十四日")) {
      ReadResult<License> r = parse(body + range + "\n");
      assertEquals(List.of(), r.diagnostics(), range);
      assertEquals(Optional.of(LocalDate.of(2029, 1, 24)), licenseOf(r).validUntil(), range);
      assertEquals(Optional.of(LocalDate.of(2024, 1, 25)), licenseOf(r).issuedOn(), range);
    }
  }

  @Test
  void validityWithoutAnEndDateIsReportedNotWorkedOut() {
    String body = HEAD + "法定代表人：张三\n业务种类（服务项目）及覆盖范围：信息服务业务\n发证日期：2024年1月25日\n";
    ReadResult<License> term = parse(body + "有效期：五年\n");
    assertEquals(Optional.empty(), licenseOf(term).validUntil());
    Diagnostic d = only(term);
    assertEquals(DiagnosticCode.DATE_UNREADABLE.name(), d.code());
    assertEquals(6, d.line());
    assertEquals("no date for validUntil: the validity (有效期) gives no end (…至…): '五年'", d.message());

    ReadResult<License> damaged = parse(body + "有效期限：2024年1月25日至2029年0月24日\n");
    assertEquals(Optional.empty(), licenseOf(damaged).validUntil());
    assertEquals("unreadable date for validUntil (有效期限…至): '2029年0月24日'", only(damaged).message());
  }

  @Test
  void rawTextInADiagnosticIsCutShortAndItsControlsEscaped() {
    String body = HEAD + "法定代表人：张三\n业务种类（服务项目）及覆盖范围：信息服务业务\n有效期至：2030年2月28日\n";
    Diagnostic huge = only(parse(body + "发证日期：" + "二".repeat(100_000) + "\n"));
    assertEquals("unreadable date for issuedOn (发证日期): '" + "二".repeat(80) + "…'", huge.message());
    Diagnostic controls = only(parse(body + "发证日期：2024\u001b[31m年\u0007\u2028月\n"));
    assertEquals("unreadable date for issuedOn (发证日期): '2024\\u001B[31m年\\u0007\\u2028月'",
        controls.message());
  }

  @Test
  void issueDateAfterValidityLeavesBothAbsent() {
    ReadResult<License> r = parse(HEAD + "法定代表人：张三\n业务种类（服务项目）及覆盖范围：信息服务业务\n"
        + "发证日期：2025年3月5日\n有效期至：2020年3月5日\n");
    License l = licenseOf(r);
    assertEquals(Optional.empty(), l.issuedOn());
    assertEquals(Optional.empty(), l.validUntil());
    assertEquals(DiagnosticCode.DATES_OUT_OF_ORDER.name(), only(r).code());
    assertEquals(Severity.ERROR, only(r).severity());
  }

  @Test
  void copyNoticeOnOneLine() {
    License l = licenseOf(parse(HEAD + "仅供 银行 开户使用 有效期至2024年3月27日 再次复印无效\n有效期至：2029年1月25日\n"));
    var notice = l.copyNotice().orElseThrow();
    assertEquals("银行开户", notice.purpose());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 27)), notice.validUntil());
    assertEquals(Optional.of(LocalDate.of(2029, 1, 25)), l.validUntil());
  }

  @Test
  void includingLimitsAndExclusionsOfOneGrantOnOneLine() {
    License l = licenseOf(parse(HEAD + "业务种类（服务项目）及覆盖范围：在线数据处理与交易处理业务（仅限经营类电子商务）"
        + "含网络借贷信息中介类的互联网金融业务。业务覆盖范围：全国\n发证日期：2023年6月8日\n"));
    var g = l.grants().get(0);
    assertEquals("在线数据处理与交易处理业务", g.name());
    assertEquals(List.of("经营类电子商务"), g.limitedTo());
    assertEquals(List.of("网络借贷信息中介类的互联网金融业务"), g.including());
    assertEquals(List.of(), g.excluding());
    assertEquals(List.of("全国"), g.coverage());
  }

  @Test
  void exclusionListWrappedOverTwoLines() {
    License l = licenseOf(parse(HEAD + "业务种类（服务项目）及覆盖范围：信息服务业务（仅限互联网信息服务）\n"
        + "不含信息搜索查询服务、信息社区服务、\n信息即时交互服务。\n发证机关(盖章):\n"));
    assertEquals(1, l.grants().size());
    assertEquals(List.of("信息搜索查询服务", "信息社区服务", "信息即时交互服务"), l.grants().get(0).excluding());
  }

  @Test
  void listItemWithAndThatIsNoCatalogueNamesStaysWhole() {
    License l = licenseOf(parse(HEAD + "业务种类（服务项目）及覆盖范围：信息服务业务\n不含短信和彩信服务、信息搜索查询服务。\n"));
    assertEquals(List.of("短信和彩信服务", "信息搜索查询服务"), l.grants().get(0).excluding());
  }

  @Test
  void missingLicenseeGivesNoLicence() {
    ReadResult<License> r = parse("经营许可证编号：京B2-20190486\n法定代表人：张三\n");
    assertEquals(Optional.empty(), r.value());
    assertEquals(DiagnosticCode.LICENSEE_MISSING.name(), only(r).code());
  }

  @Test
  void unreadableNumberGivesNoLicence() {
    ReadResult<License> r = parse("经营许可证编号：京X9-123\n公司名称：北京示例科技有限公司\n");
    assertEquals(Optional.empty(), r.value());
    Diagnostic d = only(r);
    assertEquals(DiagnosticCode.NUMBER_UNREADABLE.name(), d.code());
    assertEquals(Optional.of("number"), d.field());
    assertTrue(d.message().contains("'京X9-123'"), d.message());
  }

  @Test
  void filingNumberIsReadButFlagged() {
    ReadResult<License> r = parse("经营许可证编号：京ICP备11041704号\n公司名称：北京示例科技有限公司\n");
    assertTrue(r.value().isPresent());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals(DiagnosticCode.NUMBER_IS_FILING.name())));
  }

  @Test
  void missingMainPageFieldsAreWarningsOnly() {
    ReadResult<License> r = parse(HEAD);
    assertTrue(r.value().isPresent());
    assertFalse(r.hasErrors(), r.diagnostics()::toString);
    assertEquals(4, r.diagnostics().size(), r.diagnostics()::toString);
    assertTrue(r.diagnostics().stream().allMatch(d -> d.code().equals(DiagnosticCode.FIELD_MISSING.name())));
  }

  @Test
  void websitesBeforeAnyHeadingAreReported() {
    ReadResult<License> r = parse(HEAD + "业务种类（服务项目）及覆盖范围：信息服务业务\n"
        + "中华人民共和国增值电信业务经营许可证（附页）\n网站名称：孤站\n网站域名：lonely.example.cn\n");
    assertEquals(List.of(), licenseOf(r).grants().get(0).websites());
    assertTrue(r.diagnostics().stream()
        .anyMatch(d -> d.code().equals(DiagnosticCode.WEBSITE_WITHOUT_HEADING.name()) && d.message().contains("孤站")));
  }

  @Test
  void emptyAndNullTextGiveAnErrorNotAnException() {
    assertEquals(DiagnosticCode.NOT_A_LICENSE.name(), LicenseTextParser.standard().parse("").diagnostics().get(0).code());
    assertEquals(Optional.empty(), LicenseTextParser.standard().parse(null).value());
  }

  @Test
  void itemNumberingMustBeSequential() {
    License l = licenseOf(parse(HEAD + "一、你公司应当遵守下列规定：\n（一）第一项。\n（三）不是第二项。\n（二）第二项。\n"
        + "二、第二条。\n"));
    var one = l.provisions().get(0);
    assertEquals(2, one.items().size());
    assertEquals("第一项。\n（三）不是第二项。", one.items().get(0).text());
    assertEquals("第二项。", one.items().get(1).text());
    assertEquals("第二条。", l.provisions().get(1).text());
  }

  @Test
  void appendixHeadingWithCategoryPrefixAndServerPlaceLabelVariant() {
    ReadResult<License> r = parse(HEAD + "业务种类（服务项目）及覆盖范围：第二类增值电信业务中的信息服务业务（仅限互联网信息服务）\n"
        + "中华人民共和国增值电信业务经营许可证（附页）\n"
        + "北京示例科技有限公司获准经营第二类增值电信业务中的信息服务业务（仅限互联网信息服务）相关信息：\n"
        + "网站名称：示例\n网站域名：example.cn\n服务器放置地点：北京市\n网站接入服务提供单位：某云\n");
    var g = licenseOf(r).grants().get(0);
    assertEquals("信息服务业务", g.name());
    assertEquals(1, g.websites().size());
    assertEquals(Optional.of("北京市"), g.websites().get(0).serverLocation());
    assertFalse(r.hasErrors(), r.diagnostics()::toString);
  }

  @Test
  void sameServiceTwiceMatchesTheHeadingByItsLimits() {
    ReadResult<License> r = parse(HEAD + "业务种类（服务项目）及覆盖范围：\n信息服务业务（不含互联网信息服务）\n"
        + "信息服务业务（仅限互联网信息服务）\n发证机关(盖章):\n"
        + "北京示例科技有限公司获准经营信息服务业务（仅限互联网信息服务）相关信息\n网站名称：示例\n网站域名：example.cn\n");
    License l = licenseOf(r);
    assertEquals(2, l.grants().size());
    assertEquals(List.of(), l.grants().get(0).websites());
    assertEquals("example.cn", l.grants().get(1).websites().get(0).domains().get(0));
  }

  @Test
  void aServiceBlockLongerThanAnyLicenceIsCutWithAnError() {
    ReadResult<License> r = parse(HEAD + "业务种类（服务项目）及覆盖范围：" + "信息服务业务。".repeat(100));
    assertEquals(GrantClauseReader.MAX_GRANTS, licenseOf(r).grants().size());
    assertEquals(1, r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals(DiagnosticCode.TOO_MANY_GRANTS.name())));
  }

  @Test
  void appendixHeadingWrappedOverTwoLines() {
    ReadResult<License> r = parse(HEAD + "业务种类（服务项目）及覆盖范围：信息服务业务（仅限互联网信息服务）\n"
        + "北京示例科技有限公司获准经营信息服务业务\n（仅限互联网信息服务）相关信息\n网站名称：示例\n网站域名：example.cn\n");
    assertEquals(1, licenseOf(r).grants().get(0).websites().size());
    assertFalse(r.hasErrors(), r.diagnostics()::toString);
  }

  @Test
  void aSentenceWrappedBeforeTheNumberLabelWordIsNoHeader() {
    License l = licenseOf(parse(HEAD + "一、你公司应当在显著位置标明\n经营许可证编号。\n二、第二条。\n"));
    assertEquals("你公司应当在显著位置标明经营许可证编号。", l.provisions().get(0).text());
  }

  @Test
  void appendixHeadingNamingAnItemOfTheGrantedService() {
    ReadResult<License> r = parse(HEAD + "业务种类（服务项目）及覆盖范围：互联网数据中心业务\n信息服务业务\n发证机关(盖章):\n"
        + "北京示例科技有限公司获准经营信息搜索查询服务相关信息\n网站名称：搜\n网站域名：so.example.cn\n");
    License l = licenseOf(r);
    assertEquals(List.of(), l.grants().get(0).websites());
    assertEquals("so.example.cn", l.grants().get(1).websites().get(0).domains().get(0));
  }

  @Test
  void pageBreakInsideTheServiceBlock() {
    License l = licenseOf(parse(HEAD + "业务种类（服务项目）及覆盖范围：\n互联网数据中心业务（不含互联网资源协作服务）\n"
        + "\n经营许可证编号：京B2-20190486\n\n中华人民共和国增值电信业务经营许可证\n\n业务覆盖范围：北京\n"
        + "发证日期：2023年6月8日\n"));
    assertEquals(1, l.grants().size());
    assertEquals(List.of("北京"), l.grants().get(0).coverage());
    assertEquals(Optional.of(LocalDate.of(2023, 6, 8)), l.issuedOn());
  }

  @Test
  void aStampWithoutDateNeverTakesTheLicencesValidity() {
    ReadResult<License> r = parse(HEAD + "发证日期：2024年1月25日\n仅供投标使用（复印件）\n有效期至：2029年1月25日\n");
    License l = licenseOf(r);
    assertEquals(Optional.of(LocalDate.of(2029, 1, 25)), l.validUntil());
    assertEquals("投标", l.copyNotice().orElseThrow().purpose());
    assertEquals(Optional.empty(), l.copyNotice().orElseThrow().validUntil());
  }

  @Test
  void aPurposeLineWithoutValidityOrRecopyMarkIsNoStamp() {
    License l = licenseOf(parse(HEAD + "仅供投标使用\n有效期至：2029年1月25日\n"));
    assertEquals(Optional.empty(), l.copyNotice());
    assertEquals(Optional.of(LocalDate.of(2029, 1, 25)), l.validUntil());
  }
}
