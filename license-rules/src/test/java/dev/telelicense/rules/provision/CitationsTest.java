package dev.telelicense.rules.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationsTest {
  @Test
  void citationsReadInArabic() {
    assertEquals(Optional.of("15(7)"), Citations.arabic("十五（七）"));
    assertEquals(Optional.of("12"), Citations.arabic("十二"));
    assertEquals(Optional.of("1"), Citations.arabic("一"));
    assertEquals(Optional.of("10"), Citations.arabic("十"));
    assertEquals(Optional.of("16(13)"), Citations.arabic("十六(十三)"));
    assertEquals(Optional.of("21(20)"), Citations.arabic("二十一（二十）"));
    assertEquals(Optional.of("99"), Citations.arabic("九十九"));
    assertEquals("十五（七） 15(7)", Citations.bilingual("十五（七）"));
  }

  @Test
  void whatIsNoCitationHasNoArabicForm() {
    for (String s : new String[] {"", "十十", "一十一", "零", "百", "十五（", "（七）", "15", "十五（七）（一）", "一二"}) {
      assertEquals(Optional.empty(), Citations.arabic(s), s);
    }
    assertEquals("15", Citations.bilingual("15"));
  }
}
