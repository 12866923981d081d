package dev.telelicense.io.document;

/**
 * The limits every document reader enforces, so that untrusted input cannot exhaust memory or time. A
 * document over a limit is refused with a {@link DocumentException}; nothing is truncated.
 */
public final class DocumentLimits {

  /** The longest document, in UTF-16 chars: 1 MiB. A real licence is about 15 Ki. */
  public static final int MAX_DOCUMENT_CHARS = 1 << 20;

  /**
   * The deepest nesting of objects and arrays, counting the root object as 1. A licence needs 6 (root,
   * grants, grant, websites, website, domains); 32 leaves room for provision items nested in items.
   */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest string value, in chars: 64 Ki. The longest provision text seen is about 1 Ki. */
  public static final int MAX_STRING_CHARS = 1 << 16;

  /** The longest field name, in chars. Known names are short; this bounds unknown ones. */
  public static final int MAX_NAME_CHARS = 256;

  /** The most digits in a number. Every number in the documents fits an {@code int}. */
  public static final int MAX_NUMBER_DIGITS = 32;

  private DocumentLimits() {}
}
