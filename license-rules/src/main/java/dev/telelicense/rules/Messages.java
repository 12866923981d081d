package dev.telelicense.rules;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * The texts of the built-in rules, in {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese) beside this class, keyed by rule id, as Checkstyle keeps
 * its messages. Patterns are {@link MessageFormat}s: a literal {@code '} is written {@code ''}.
 * Every argument is passed as its {@code toString()}, so days read {@code 2024-09-27} and numbers
 * {@code 2024}, whatever the locale would make of them.
 */
final class Messages {
  private static final String BUNDLE = "dev.telelicense.rules.messages";
  /** Each language's bundle, looked up once: getBundle costs more than the lookup of one text. */
  private static final Map<Language, ResourceBundle> BUNDLES = bundles();

  private Messages() {}

  /** The text under {@code key} in {@code lang}, with {@code args} filled in. */
  static String format(Language lang, String key, Object... args) {
    String pattern = BUNDLES.get(lang).getString(key);
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, Locale.ROOT).format(texts);
  }

  private static Map<Language, ResourceBundle> bundles() {
    Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      bundles.put(lang, ResourceBundle.getBundle(BUNDLE, lang.locale()));
    }
    return Collections.unmodifiableMap(bundles);
  }

  /** {@code items} joined as a list in the context's language: {@code a、b} or {@code a, b}. */
  static String list(EvaluationContext ctx, List<?> items) {
    return list(ctx.language(), "list.separator", items);
  }

  /** {@code items} joined with the separator under {@code separatorKey}. */
  static String list(Language lang, String separatorKey, List<?> items) {
    StringJoiner j = new StringJoiner(format(lang, separatorKey));
    items.forEach(i -> j.add(String.valueOf(i)));
    return j.toString();
  }
}
