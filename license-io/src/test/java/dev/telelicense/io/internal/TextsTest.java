package dev.telelicense.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Untrusted text made fit for a one-line message. */
class TextsTest {

  @Test
  void shortValuesAreQuotedAsTheyAre() {
    assertEquals("'甲'", Texts.quote("甲"));
    assertEquals("''", Texts.quote(""));
  }

  @Test
  void longValuesAreCutNeverInsideASurrogatePair() {
    assertEquals("'" + "x".repeat(80) + "…'", Texts.quote("x".repeat(81)));
    // 𠀀 is two chars; after one "a" the 80th char is the first half of a pair, so the cut comes before it.
    assertEquals("'a" + "𠀀".repeat(39) + "…'", Texts.quote("a" + "𠀀".repeat(100)));
  }

  @Test
  void controlsAndLineSeparatorsAreEscaped() {
    assertEquals("a\\nb\\r\\tc\\u001B\\u2028\\u0085", Texts.oneLine("a\nb\r\tc\u001b\u2028\u0085"));
    assertEquals("'\\u0000'", Texts.quote("\u0000"));
  }
}
