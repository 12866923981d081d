package dev.telelicense.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 行规整 — splitting a text into lines gives exactly what cleaning each line on its own gives. */
class LineNormalizerTest {
  private static final List<String> LINES = List.of("", "#", "######", "#######", "####### x", "# 标题",
      "##标题", "## 特别规定事项  ", "\t", " \u3000 ", "a\u3000b", "京 东", "北京 获准经营  ", "有关标准, 具备",
      "2025年 03月 05日", "证 (附 页)", "\u00A0京\u00A0", "x\fy\u000Bz", "  # 标题", "#\t", "abc");

  @Test
  void everyLineIsCleanedAsOnItsOwn() {
    for (String end : List.of("\n", "\r\n", "\r")) {
      String text = String.join(end, LINES);
      List<String> expected = new ArrayList<>();
      for (String line : LINES) {
        expected.add(LineNormalizer.clean(line));
      }
      List<String> actual = new ArrayList<>();
      for (SourceLine l : LineNormalizer.normalize(text)) {
        actual.add(l.text());
      }
      assertEquals(expected, actual, () -> "line end " + end.replace("\r", "CR").replace("\n", "LF"));
    }
  }

  @Test
  void mixedLineEndsAndSpacesAtTheEnds() {
    assertEquals(List.of("a", "b", "", "c", ""),
        LineNormalizer.normalize(" a \r\nb\r\r c\n").stream().map(SourceLine::text).toList());
    assertEquals(List.of("京东"), LineNormalizer.normalize("京 \u3000东").stream().map(SourceLine::text).toList());
  }
}
