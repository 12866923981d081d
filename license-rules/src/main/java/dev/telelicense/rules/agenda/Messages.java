package dev.telelicense.rules.agenda;

import dev.telelicense.rules.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The agenda's texts, {@code agenda_zh.properties} and {@code agenda_en.properties}. Read as plain
 * properties, one file per language, rather than through {@code ResourceBundle}: a bundle falls back
 * to the JVM's default locale, and English asked for on a Chinese desktop must stay English.
 */
final class Messages {
  private Messages() {}

  /** Loaded on first use, then never changed. */
  private static final class Texts {
    static final Map<String, String> ZH = load("agenda_zh.properties");
    static final Map<String, String> EN = load("agenda_en.properties");
  }

  /**
   * The text {@code key} in {@code lang}, its {@code {0}}… replaced by {@code args}.
   *
   * @throws IllegalArgumentException if no such text exists
   */
  static String format(Language lang, String key, String... args) {
    String pattern = (lang == Language.EN ? Texts.EN : Texts.ZH).get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no agenda text " + key);
    }
    return new MessageFormat(pattern, lang == Language.EN ? Locale.ENGLISH : Locale.CHINESE)
        .format(args);
  }

  private static Map<String, String> load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, String> texts = Map.copyOf((Map) p);
    return texts;
  }
}
