package dev.telelicense.rules.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.rules.diff.TextEdit.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void changedWordsAreShownBetweenWhatIsKept() {
    assertEquals(List.of(new TextEdit(Op.SAME, "你公司"), new TextEdit(Op.INSERTED, "不得"),
        new TextEdit(Op.SAME, "制作、复制")), WordDiff.edits("你公司制作、复制", "你公司不得制作、复制"));
    // 续 is kept by chance between two changes: it reads as part of them
    assertEquals(List.of(new TextEdit(Op.SAME, "提出"), new TextEdit(Op.REMOVED, "延续经营许可证的"),
        new TextEdit(Op.INSERTED, "续办"), new TextEdit(Op.SAME, "申请。")),
        WordDiff.edits("提出延续经营许可证的申请。", "提出续办申请。"));
  }

  @Test
  void spacingAndFullWidthFormsAreNoChange() {
    assertEquals(List.of(new TextEdit(Op.SAME, "在处置后的10个工作日内,上报")),
        WordDiff.edits("在处置后的１０个工作日内，上报", "在 处置后的10个 工作日内,上报"));
    assertEquals(List.of(new TextEdit(Op.SAME, "30"), new TextEdit(Op.INSERTED, "个工作"), new TextEdit(Op.SAME, "日")),
        WordDiff.edits("30日", "30个工作日"));
  }

  @Test
  void asciiRunsAreWords() {
    assertEquals(List.of("京", "ICP", "证", "150746", "号"), WordDiff.words("京ＩＣＰ证 150746号"));
  }
}
