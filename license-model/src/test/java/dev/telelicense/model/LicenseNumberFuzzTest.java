package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

class LicenseNumberFuzzTest {

  /** Whatever the text, parse either returns a number that round-trips or throws its own exception. */
  @FuzzTest
  void parseNeverThrowsAnythingElse(@NotNull String text) {
    LicenseNumber n;
    try {
      n = LicenseNumber.parse(text);
    } catch (LicenseNumberFormatException e) {
      if (e.errorIndex() < 0 || e.errorIndex() > text.length()) {
        throw new AssertionError("error index out of range: " + e.errorIndex(), e);
      }
      return;
    }
    assertEquals(n, LicenseNumber.parse(n.toString()));
    assertEquals(n.toString(), LicenseNumber.parse(n.toString()).toString());
  }
}
