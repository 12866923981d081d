package dev.telelicense.rules;

import dev.telelicense.model.EnglishNames;
import dev.telelicense.model.TelecomService;
import dev.telelicense.rules.provision.Citations;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
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

  /**
   * A service as a message names it: as printed in Chinese; in English by its code and English name
   * ({@code B25 information services}), so that the English text needs no Chinese.
   */
  static String service(Language lang, TelecomService service, String printed) {
    return lang == Language.EN ? EnglishNames.label(service) : printed;
  }

  /**
   * A term printed in the licence (a citation such as {@code 十三}, a service or limit) as a message
   * names it: as printed in Chinese; in English a citation or range with its Arabic form
   * ({@code 十三 13}, {@code 三至十四 3 to 14}), a
   * term by its English name, anything else as printed.
   */
  static String term(Language lang, String printed) {
    if (lang != Language.EN || printed.isEmpty()) {
      return printed;
    }
    Optional<String> arabic = Citations.arabic(printed);
    if (arabic.isPresent()) {
      return printed + " " + arabic.get();
    }
    int to = printed.indexOf('至'); // a range of provisions: 三至十四
    if (to > 0) {
      Optional<String> from = Citations.arabic(printed.substring(0, to));
      Optional<String> until = Citations.arabic(printed.substring(to + 1));
      if (from.isPresent() && until.isPresent()) {
        return printed + " " + from.get() + " to " + until.get();
      }
    }
    return EnglishNames.term(printed).orElse(printed);
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
