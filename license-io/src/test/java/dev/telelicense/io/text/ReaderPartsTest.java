package dev.telelicense.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.ServiceCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small readers on their own. */
class ReaderPartsTest {

  @ParameterizedTest
  @CsvSource({
      "'2025年 03月 05日', 2025-03-05",
      "'2020年01月08日', 2020-01-08",
      "'2023年6月8日', 2023-06-08",
      "'２０２１年３月５日', 2021-03-05",
      "'2023-06-08', 2023-06-08",
      "'2024年2月29日', 2024-02-29",
      "'二〇二四年一月二十五日', 2024-01-25",
      "'二○二三年十二月三十一日', 2023-12-31",
      "'二零二零年十月十日', 2020-10-10",
      "'二〇二四年 二月 二十九日', 2024-02-29",
      "'2024年一月五日', 2024-01-05"})
  void readsDates(String text, LocalDate expected) {
    assertEquals(Optional.of(expected), DateReader.read(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025年 0月 2日", "2025年2月30日", "2023年2月29日", "2025年13月1日", "25年1月1日",
      "2025年1月1日前", "", "2025年", "2025年1月", "20251年1月1日", "二〇二五年〇月二日",
      "二〇二五年十三月一日", "二〇二三年二月二十九日", "二〇二五年一十月一日", "二〇二五年〇五月一日",
      "二〇二年一月一日", "二〇二五五年一月一日", "二〇二五年二二月一日", "二〇二五年一月三十二日",
      "二〇二五年一月"})
  void refusesDamagedDates(String text) {
    assertEquals(Optional.empty(), DateReader.read(text));
  }

  @Test
  void splitsFieldsPrintedSideBySide() {
    assertEquals(List.of("网站名称：示例", "网站域名：example.cn", "服务器放置地点：杭州"),
        texts(SideBySideFields.split(lines("网站名称：示例 网站域名：example.cn 服务器放置地点：杭州"))));
    assertEquals(List.of("业务种类（服务项目）及覆盖范围：信息服务业务", "发证机关(盖章):", "发证日期：2024年1月25日"),
        texts(SideBySideFields.split(lines("业务种类（服务项目）及覆盖范围：信息服务业务 发证机关(盖章):发证日期：2024年1月25日"))));
    assertEquals(List.of("发证日期：2024年1月25日", "有效期至：2029年1月24日"),
        texts(SideBySideFields.split(lines("发证日期：2024年1月25日有效期至：2029年1月24日"))));
  }

  @Test
  void leavesLinesThatOnlyMentionLabelsAsTheyAre() {
    List<SourceLine> lines = lines("网站名称、网站域名、网站接入服务提供单位等信息变更的，应当报告。",
        "你公司应当在网站主页标明经营许可证编号：如实标明。", "仅供示例使用 有效期至2024年3月27日 再次复印无效",
        "公司名称：示例（网站名称（旧）：示例）", "网站域名：example.cn；网站名称见上");
    assertSame(lines, SideBySideFields.split(lines), "no line split, no copy");
  }

  private static List<SourceLine> lines(String... texts) {
    List<SourceLine> lines = new ArrayList<>();
    for (String t : texts) {
      lines.add(new SourceLine(lines.size() + 1, t));
    }
    return lines;
  }

  private static List<String> texts(List<SourceLine> lines) {
    return lines.stream().map(SourceLine::text).toList();
  }

  @Test
  void splitsServiceListsOnPauseAndFinalAnd() {
    ServiceListSplitter s = new ServiceListSplitter(ServiceCatalog.standard());
    assertEquals(List.of("信息搜索查询服务", "信息社区服务", "信息即时交互服务", "信息保护和加工处理服务"),
        s.split("信息搜索查询服务、信息社区服务、信息即时交互服务和信息保护和加工处理服务。"));
    assertEquals(List.of("信息保护和加工处理服务"), s.split("信息保护和加工处理服务"));
    assertEquals(List.of("信息发布平台和递送服务", "信息搜索查询服务"), s.split("信息发布平台和递送服务和信息搜索查询服务"));
    assertEquals(List.of("经营类电子商务和网络借贷"), s.split("经营类电子商务和网络借贷"));
    assertEquals(List.of("互联网信息服务"), s.split("互联网信息服务"));
    assertEquals(List.of(), s.split("、、。"));
  }

  @Test
  void removesOnlySpacesBetweenChineseCharacters() {
    assertEquals("北京淘车科技有限公司获准经营", Cjk.removeSpacesBetweenCjk("北京淘车科技有限公司 获准经营"));
    assertEquals("有关标准, 具备", Cjk.removeSpacesBetweenCjk("有关标准, 具备"));
    assertEquals("2025年 03月 05日", Cjk.removeSpacesBetweenCjk("2025年 03月 05日"));
    assertEquals("证 (附页)", Cjk.removeSpacesBetweenCjk("证 (附 页)"));
    assertEquals("（十）（适用于", Cjk.removeSpacesBetweenCjk("（十） （适用于"));
  }

  @Test
  void normalisesLineEndingsMarkdownAndTrailingSpaces() {
    List<SourceLine> lines = LineNormalizer.normalize("# 标题\r\n## 特别规定事项\r管理人  \n\uFEFF正文");
    assertEquals(List.of(new SourceLine(1, "标题"), new SourceLine(2, "特别规定事项"), new SourceLine(3, "管理人"),
        new SourceLine(4, "正文")), lines);
    assertEquals("#hashtag", LineNormalizer.clean("#hashtag"));
  }

  @Test
  void numbersProvisionsInChinese() {
    assertEquals("一", ChineseNumerals.of(1));
    assertEquals("十", ChineseNumerals.of(10));
    assertEquals("十五", ChineseNumerals.of(15));
    assertEquals("二十", ChineseNumerals.of(20));
    assertEquals("九十九", ChineseNumerals.of(99));
    assertTrue(ChineseNumerals.matchesAt("十五、", 0, 15));
    assertFalse(ChineseNumerals.matchesAt("十五、", 0, 10), "十 of 十五 is not 十");
  }

  @Test
  void recognisesPageHeaders() {
    for (String h : List.of("经营许可证编号：京ICP证150746号", "经营许可证编号: 京B2-20240286", "经营许可证编号:京B2-20190486",
        "特别规定事项", "中华人民共和国增值电信业务经营许可证", "中华人民共和国增值电信业务经营许可证 (附页)", "(附页)",
        "（附页）", "京B2-20252223")) {
      assertTrue(PageHeaders.isHeader(h), h);
    }
    assertTrue(PageHeaders.isHeader("经营许可证编号：京B2-2025222"), "a damaged header number is still a header");
    for (String t : List.of("《特别规定事项》是经营许可证重要组成部分", "标明经营许可证编号。", "经营许可证编号。",
        "准，做好用户日志留存")) {
      assertFalse(PageHeaders.isHeader(t), t);
    }
  }

  @Test
  void splitsDomains() {
    assertEquals(List.of("a.cn", "b.cn", "c.cn", "d.cn"), AppendixMatcher.domains("a.cn;b.cn；c.cn、 d.cn"));
    assertEquals(List.of(), AppendixMatcher.domains(null));
  }
}
