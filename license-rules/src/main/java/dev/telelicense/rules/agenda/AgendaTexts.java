package dev.telelicense.rules.agenda;

import dev.telelicense.rules.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The agenda's texts in Chinese and English, for the agenda itself and for those who present it (the
 * text report, the calendar feed): the rules' own bundles, {@code messages.properties} (English) and
 * {@code messages_zh.properties}, under keys starting with {@code agenda.}, as
 * {@link MessageFormat} patterns.
 */
public final class AgendaTexts {
  private static final String BUNDLE = "dev.telelicense.rules.messages";
  private static final String PREFIX = "agenda.";

  private AgendaTexts() {}

  /** Each language's bundle, looked up on first use. */
  private static final class Bundles {
    // English is the base bundle, asked for as Locale.ROOT: Locale.ENGLISH would fall back to the
    // JVM's default locale, Chinese on a Chinese desktop.
    static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE);
  }

  /**
   * The text {@code agenda.<key>} in {@code lang}, its {@code {0}}… replaced by {@code args}.
   *
   * @param lang the language
   * @param key the text's name after {@code agenda.}, e.g. {@code state.OPEN}
   * @param args the arguments, already written as text (dates in ISO form)
   * @return the text
   * @throws java.util.MissingResourceException if no such text exists
   */
  public static String format(Language lang, String key, String... args) {
    String pattern = (lang == Language.EN ? Bundles.EN : Bundles.ZH).getString(PREFIX + key);
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /**
   * How far the item's due date is from the agenda's as-of date, e.g. {@code 剩余12天},
   * {@code 3 working days late}; empty when the days cannot be counted.
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
}
