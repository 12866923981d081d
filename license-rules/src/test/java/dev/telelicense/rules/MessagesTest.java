package dev.telelicense.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The two bundles hold the same keys, every value is a valid pattern, and no locale leaks in. */
class MessagesTest {

  @Test
  void bothLanguagesHaveEveryKeyAndEveryPatternParses() {
    Properties en = load("messages.properties");
    Properties zh = load("messages_zh.properties");
    assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
    for (Properties p : new Properties[] {en, zh}) {
      for (String key : p.stringPropertyNames()) {
        new MessageFormat(p.getProperty(key), Locale.ROOT); // throws on a broken pattern
      }
    }
    for (Rule r : Rulebook.standard().rules()) {
      assertTrue(en.containsKey(r.id() + ".title") && en.containsKey(r.id() + ".enforces"), r.id());
    }
  }

  @Test
  void englishIsEnglishOnAChineseDesktopAndNumbersAreNotGrouped() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals("the licence's issue date and expiry date (有效期至)", Messages.format(Language.EN, "license.in-force.enforces"));
      Locale.setDefault(Locale.GERMANY);
      assertEquals("data is kept 12345 days, at least one year",
          Messages.format(Language.EN, "data.retained-one-year.pass", 12345));
      assertEquals("数据保存12345天，不少于一年", Messages.format(Language.ZH, "data.retained-one-year.pass", 12345));
    } finally {
      Locale.setDefault(before);
    }
  }

  /**
   * An English reader needs no Chinese: the English bundle prints Chinese only in parentheses after
   * the English words, as the term the licence uses ({@code expiry date (有效期至)}).
   */
  @Test
  void theEnglishBundleHasNoChineseOnlyText() {
    Properties en = load("messages.properties");
    for (String key : en.stringPropertyNames()) {
      String withoutGlosses = en.getProperty(key).replaceAll("\\([^()]*\\)", "");
      assertTrue(withoutGlosses.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.HAN), key + "=" + en.getProperty(key));
    }
  }

  private static Properties load(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
