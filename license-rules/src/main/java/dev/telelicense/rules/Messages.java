package dev.telelicense.rules;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
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
  /**
   * Each language's patterns, parsed once. Parsing the pattern on every message was 15% of
   * {@code Rulebook.evaluate} from scratch (JFR); parsed once, a prepared evaluation went from 0.47x
   * to 0.35x of a parse of the same licence and one from scratch from about 1.0x to 0.9x (thread CPU
   * time, 2 cores at load 20; see {@code benchmarks/README.md}). A {@link MessageFormat} is not
   * thread-safe, so these are never used directly: each message is formatted by a clone.
   */
  private static final Map<Language, Map<String, MessageFormat>> FORMATS = formats();

  private Messages() {}

  /** The text under {@code key} in {@code lang}, with {@code args} filled in. */
  static String format(Language lang, String key, Object... args) {
    MessageFormat pattern = FORMATS.get(lang).get(key);
    if (pattern == null) {
      throw new MissingResourceException("no message " + key, BUNDLE, key);
    }
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return ((MessageFormat) pattern.clone()).format(texts);
  }

  private static Map<Language, Map<String, MessageFormat>> formats() {
    Map<Language, Map<String, MessageFormat>> formats = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, lang.locale());
      Map<String, MessageFormat> patterns = new HashMap<>();
      for (String key : bundle.keySet()) {
        patterns.put(key, new MessageFormat(bundle.getString(key), Locale.ROOT));
      }
      formats.put(lang, Collections.unmodifiableMap(patterns));
    }
    return Collections.unmodifiableMap(formats);
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
