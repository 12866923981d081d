package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;

class LicenseNumberFindFuzzTest {

  /**
   * Whatever the text, findAll returns: never throws, every match lies inside the text and after the
   * one before, and every number found decodes again; where no markup is involved, the matched text
   * itself reads as the same number.
   */
  @FuzzTest
  void findAllNeverThrows(@NotNull String text) {
    List<LicenseNumberMatch> matches = LicenseNumber.findAll(text);
    int previousEnd = 0;
    for (LicenseNumberMatch m : matches) {
      if (m.start() < previousEnd || m.end() <= m.start() || m.end() > text.length()) {
        throw new AssertionError("match out of place: " + m + " in a text of " + text.length());
      }
      previousEnd = m.end();
      assertEquals(m.number(), LicenseNumber.parse(m.number().toString()));
      String printed = text.substring(m.start(), m.end());
      if (printed.indexOf('<') < 0 && printed.indexOf('&') < 0) {
        assertEquals(m.number(), LicenseNumber.parse(printed), printed);
      }
    }
  }
}
