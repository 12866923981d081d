package dev.telelicense.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one-pass phrase matching reads text as Clause.normalize does, and finds what contains finds. */
class PhraseScannerTest {

  @Test
  void theNormalisingShortcutsAgreeWithTheCharacterClassesForEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      char half = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
      assertEquals(Character.isLetterOrDigit(half) ? half : 0, Clause.normalizedChar(c), () -> "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void aScanFindsExactlyThePhrasesTheNormalisedTextContains() {
    String[] phrases = {"变更后30日", "变更之日起30日", "30日", "年报", "报年"};
    PhraseScanner scanner = new PhraseScanner(phrases);
    String[] texts = {"在变更后 ３０ 日内报送", "应当在变更之日起30日内\n向原发证机关报送", "经营许可证年报", "年 报年", "", "日日"};
    for (String text : texts) {
      String normalized = Clause.normalize(text);
      long expected = 0;
      for (int i = 0; i < phrases.length; i++) {
        if (normalized.contains(phrases[i])) {
          expected |= 1L << i;
        }
      }
      assertEquals(expected, scanner.scan(text, new char[text.length()]), text);
    }
  }

  @Test
  void aPhraseNeedsTwoCharacters() {
    assertThrows(IllegalArgumentException.class, () -> new PhraseScanner("日"));
  }
}
