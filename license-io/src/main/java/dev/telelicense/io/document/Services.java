package dev.telelicense.io.document;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Service names in documents, resolved against 电信业务分类目录 with a suggestion when unknown. */
final class Services {
  private static final List<String> NAMES = names();

  private Services() {}

  /** The catalogue entry named by the string the cursor is on: a code, name or alias. */
  static TelecomService lookup(Cursor c) {
    String text = c.string();
    return find(c, text);
  }

  /** The string the cursor is on, checked to name a catalogue entry and kept as written. */
  static String known(Cursor c) {
    String text = c.string();
    find(c, text);
    return text;
  }

  private static TelecomService find(Cursor c, String text) {
    Optional<TelecomService> s = ServiceCatalog.standard().find(text);
    if (s.isPresent()) {
      return s.get();
    }
    throw c.fail("unknown service " + Texts.quote(text), Suggestions.closest(text.strip(), NAMES)
        .map(n -> " — did you mean '" + n + "'?").orElse(""));
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (TelecomService e : ServiceCatalog.standard().entries()) {
      e.code().ifPresent(names::add);
      names.add(e.name());
      names.addAll(e.aliases());
    }
    return List.copyOf(names);
  }
}
