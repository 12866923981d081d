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
      assertEquals(containedIn(text, phrases), scanner.scan(text, new char[text.length()]), text);
    }
  }

  /**
   * The scan reads the raw text backwards from the characters phrases end in; on random texts of
   * phrase characters, dropped ones (spaces, punctuation, line breaks) and full-width forms it must
   * find exactly what {@code contains} finds in the normalised text.
   */
  @Test
  void randomTextsFindWhatTheNormalisedTextContains() {
    String[] phrases = {"变更后30日", "变更之日起30日", "30日", "年报", "报年", "10个工作日", "违法信息",
        "日日", "业务覆盖范围内组建", "信息服务业务", "经营信息服务业务", "A1", "日", "0"};
    PhraseScanner scanner = new PhraseScanner(phrases);
    String alphabet = "变更后之日起30１０个工作违法信息年报业务覆盖范围内组建服经营A１Ａa ，。、\n\t（）-";
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 50_000; round++) {
      int length = random.nextInt(40);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        if (random.nextInt(6) == 0) {
          String p = phrases[random.nextInt(phrases.length)];
          b.append(p, 0, 1 + random.nextInt(p.length()));
        } else {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = b.toString();
      assertEquals(containedIn(text, phrases), scanner.scan(text, new char[text.length()]), text);
    }
  }

  /** What a scan must report: bit {@code i} when the normalised text contains phrase {@code i}. */
  private static long containedIn(String text, String[] phrases) {
    String normalized = Clause.normalize(text);
    long expected = 0;
    for (int i = 0; i < phrases.length; i++) {
      if (normalized.contains(phrases[i])) {
        expected |= 1L << i;
      }
    }
    return expected;
  }

  /** A phrase is anchored on its least common character, wherever in the phrase that stands. */
  @Test
  void aPhraseIsAnchoredOnItsLeastCommonCharacter() {
    assertEquals('违', anchor("违法信息"));
    assertEquals('报', anchor("年报"));
    assertEquals('告', anchor("信息服务业务广告"));
    assertEquals('作', anchor("10个工作日"));
    PhraseScanner scanner = new PhraseScanner("信息服务业务广告", "10个工作日");
    String text = "发布信息服务业务\n广 告时；在处置后的１０\r\n个 工作日内";
    assertEquals(0b11, scanner.scan(text, new char[text.length()]));
  }

  private static char anchor(String phrase) {
    return phrase.charAt(PhraseScanner.anchorOf(phrase.toCharArray()));
  }

  @Test
  void aPhraseMustBeNonEmptyAndNormalised() {
    assertThrows(IllegalArgumentException.class, () -> new PhraseScanner(""));
    assertThrows(IllegalArgumentException.class, () -> new PhraseScanner("30 日"));
    assertThrows(IllegalArgumentException.class, () -> new PhraseScanner("３０日"));
  }

  @Test
  void aOneCharacterPhraseIsFoundInEitherWidth() {
    PhraseScanner scanner = new PhraseScanner("日", "1");
    assertEquals(0b11, scanner.scan("１日", new char[2]));
    assertEquals(0b01, scanner.scan("，日。", new char[3]));
    assertEquals(0, scanner.scan("，。", new char[2]));
  }
}
