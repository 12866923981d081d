package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.LicenseNumber.Kind;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding numbers in footers, register lines and pages written the way sites print them. */
class LicenseNumberFindTest {

  private static List<String> found(String text) {
    return LicenseNumber.findAll(text).stream().map(m -> m.number().toString()).collect(Collectors.toList());
  }

  @Test
  void footerWithOtherRegistrations() {
    String footer = "© 2025 杭州某某网络科技有限公司 版权所有 增值电信业务经营许可证：浙B2-20080224 "
        + "浙网文（2019）1033-086号 浙公网安备 33010602011771号 统一社会信用代码：91330106MA2B1XYZ0Q "
        + "浙ICP备12005180号-3";
    List<LicenseNumberMatch> matches = LicenseNumber.findAll(footer);
    assertEquals(List.of("浙B2-20080224", "浙ICP备12005180号-3"),
        matches.stream().map(m -> m.number().toString()).collect(Collectors.toList()));
    LicenseNumberMatch first = matches.get(0);
    assertEquals("浙B2-20080224", footer.substring(first.start(), first.end()));
    assertEquals(Kind.LICENSE, first.kind());
    assertEquals(Kind.FILING, matches.get(1).kind());
    assertEquals("浙ICP备12005180号-3", footer.substring(matches.get(1).start(), matches.get(1).end()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "增值电信业务经营许可证A2.B1.B2-20090001 | A2.B1.B2-20090001",
      "ICP证：粤B2-20230674号 | 粤B2-20230674",
      "京B2-20202418，A2.B1.B2-20202637 | 京B2-20202418 A2.B1.B2-20202637",
      "京 ICP 证 110745 号 京ICP备 12022551号 | 京ICP证110745号 京ICP备12022551号",
      "京 ICP 备 13052560 号 - 1 京公网安备11010802020326号 | 京ICP备13052560号-1",
      "中华人民共和国信息产业部跨地区增值电信业务经营许可证B2-2004-0851号 ICP经营许可证编号：京ICP证090253号 | B2-2004-0851 京ICP证090253号",
      "Copyright 1998-2012 All Rights Reserved ICP证：辽B-2-4-20090106 | 辽B-2-4-20090106",
      "增值电信业务经营许可证：湘B-2-4-20060060 ICP备案号：湘ICP备05020822号 | 湘B-2-4-20060060 湘ICP备05020822号",
      "外商投资：合字B1.B2-20130004；北京市朝阳区 | 合字B1.B2-20130004",
      "陕ICP备2024026116号-1A 小程序：粤ICP备2021000001号-2X | 陕ICP备2024026116号-1A 粤ICP备2021000001号-2X",
      "蜀ICP备12345678号 黔B2-20200001 | 蜀ICP备12345678号 黔B2-20200001",
      "ＩＣＰ证：京Ｂ２－２０１９０４８６ | 京B2-20190486",
      "京ICP证150746號 | 京ICP证150746号",
      "京B2-20190486 - 关于我们 | 京B2-20190486",
      "京B2-20190486 2019-2025 | 京B2-20190486"})
  void footersAndRegisterLines(String text, String expected) {
    assertEquals(List.of(expected.split(" ")), found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "京公网安备 11010502030143号",
      "浙网文（2019）1033-086号",
      "统一社会信用代码：91110108MA01C2X47U",
      "（京）网械平台备字（2018）第00004号",
      "广播电视节目制作经营许可证（京）字第03755号",
      "北京市朝阳区酒仙桥东路1号院",
      "SKU AB2-20190486 and XB1.B2-20202637",
      "B2B 平台 B2C 电商",
      "京B2-201904861",
      "Bl-20172156",
      "B1.B2.B1-20202637",
      "B2.B1-20202637",
      "京B2-18190486",
      "京ICP备",
      "京B2-20190486X"})
  void negatives(String text) {
    assertEquals(List.of(), found(text));
  }

  @Test
  void htmlTagsAndEntitiesBetweenTheParts() {
    String html = "<div class=\"footer\"><p>&copy; 2025 某公司&nbsp;|&nbsp;<a href=\"https://beian.miit.gov.cn/\">"
        + "京ICP备&nbsp;11041704号-1</a>&nbsp;&nbsp;<span>增值电信业务经营许可证：</span><b>京</b>B2-<i>2019</i>0486"
        + "<br/>&#x4EAC;ICP&#35777;150746&#21495;<!-- 京B2-20990001 --><a title=\"京B2-20240286\">x</a></p></div>";
    List<LicenseNumberMatch> matches = LicenseNumber.findAll(html);
    assertEquals(List.of("京ICP备11041704号-1", "京B2-20190486", "京ICP证150746号"),
        matches.stream().map(m -> m.number().toString()).collect(Collectors.toList()));
    assertEquals("京ICP备&nbsp;11041704号-1", html.substring(matches.get(0).start(), matches.get(0).end()));
    assertEquals("京</b>B2-<i>2019</i>0486", html.substring(matches.get(1).start(), matches.get(1).end()));
    assertTrue(html.substring(matches.get(2).start(), matches.get(2).end()).startsWith("&#x4EAC;"));
  }

  @Test
  void aPageOfUnclosedTagsAndBrokenEntitiesIsStillText() {
    assertEquals(List.of("京B2-20190486"), found("<<<< a < b &&& &nbsp &#;京B2-20190486 <span"));
  }

  @Test
  void latestYearAppliesToFinding() {
    assertEquals(List.of("京B2-20250001"), LicenseNumber.findAll("京B2-20250001 京B2-20990286", Year.of(2026))
        .stream().map(m -> m.number().toString()).collect(Collectors.toList()));
  }

  @Test
  void everyProvinceIsFound() {
    StringBuilder b = new StringBuilder("备案信息：");
    int serial = 0;
    for (Province p : Province.values()) {
      serial++;
      b.append(p.abbreviation()).append("B2-2015").append(String.format("%04d", serial)).append("；")
          .append(p.abbreviation()).append("ICP备1500").append(String.format("%04d", serial)).append("号 ");
    }
    assertEquals(2 * Province.values().length, LicenseNumber.findAll(b).size());
  }
}
