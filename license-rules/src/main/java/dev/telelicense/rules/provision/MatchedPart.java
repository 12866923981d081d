package dev.telelicense.rules.provision;

import java.util.Objects;
import java.util.Optional;

/**
 * One obligation found in a provision's text: the sentences that state it and the catalogue entry
 * they match, or no entry when they match none (a provision new to the catalogue, never forced onto
 * an entry).
 *
 * @param entry the catalogue entry, or empty for text the catalogue does not know
 * @param text the sentences, as printed (paragraphs joined with {@code \n})
 */
public record MatchedPart(Optional<CatalogEntry> entry, String text) {
  private static final int QUOTE = 24;

  /**
   * Checks the components.
   *
   * @param entry the catalogue entry, or empty for text the catalogue does not know
   * @param text the sentences, as printed (paragraphs joined with {@code \n})
   * @throws NullPointerException if a component is null
   */
  public MatchedPart {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Whether the catalogue knows this text.
   *
   * @return {@code true} when an entry matched
   */
  public boolean isKnown() {
    return entry.isPresent();
  }

  /**
   * The start of the text, to quote where the text is new or unknown: at most 24 characters, spaces
   * collapsed, {@code …} where it was cut.
   *
   * @return the quotation
   */
  public String quote() {
    return quote(text);
  }

  static String quote(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.codePointCount(0, flat.length()) <= QUOTE ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, QUOTE)) + "…";
  }
}
