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
import java.util.Optional;
import java.util.Properties;

/**
 * The agenda's texts in Chinese and English, for the agenda itself and for those who present it (the
 * text report, the calendar feed): {@code agenda_zh.properties} and {@code agenda_en.properties}
 * beside this class, {@link MessageFormat} patterns keyed by name. Read as plain properties, one file
 * per language, rather than through {@code ResourceBundle}: a bundle falls back to the JVM's default
 * locale, and English asked for on a Chinese desktop must stay English.
 */
public final class AgendaTexts {
  private AgendaTexts() {}

  /** Loaded on first use, then never changed. */
  private static final class Texts {
    static final Map<String, String> ZH = load("agenda_zh.properties");
    static final Map<String, String> EN = load("agenda_en.properties");
  }

  /**
   * The text {@code key} in {@code lang}, its {@code {0}}… replaced by {@code args}.
   *
   * @param lang the language
   * @param key the text's name, e.g. {@code state.OPEN}
   * @param args the arguments, already written as text (dates in ISO form)
   * @return the text
   * @throws IllegalArgumentException if no such text exists
   */
  public static String format(Language lang, String key, String... args) {
    String pattern = (lang == Language.EN ? Texts.EN : Texts.ZH).get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no agenda text " + key);
    }
    return new MessageFormat(pattern, lang == Language.EN ? Locale.ENGLISH : Locale.CHINESE)
        .format(args);
  }

  /**
   * How far the item's due date is from the agenda's as-of date, e.g. {@code 剩余12天},
   * {@code 3 working days overdue}; empty when the days cannot be counted.
   *
   * @param lang the language
   * @param item the agenda item
   * @return the phrase, or empty
   */
  public static Optional<String> daysLeft(Language lang, AgendaItem item) {
    if (item.daysLeft().isEmpty()) {
      return Optional.empty();
    }
    int n = item.daysLeft().getAsInt();
    String unit = item.obligation().countsWorkdays() ? ".workdays" : "";
    if (n == 0) {
      return Optional.of(format(lang, "days.today"));
    }
    String key = (n > 0 ? "days.left" : "days.overdue") + unit + (Math.abs(n) == 1 ? ".one" : "");
    return Optional.of(format(lang, key, Integer.toString(Math.abs(n))));
  }

  private static Map<String, String> load(String name) {
    Properties p = new Properties();
    try (InputStream in = AgendaTexts.class.getResourceAsStream(name)) {
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
