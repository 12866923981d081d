package dev.telelicense.io.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The plumbing both codecs share: one configured factory, immutable after construction and safe to share
 * between threads; every read and write makes its own parser or generator.
 */
final class Engine {
  /** The JSON layout, configured once; each write takes a fresh instance of it (it tracks nesting). */
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  private final JsonFactory factory;
  private final DocumentFormat format;

  Engine(JsonFactory factory, DocumentFormat format) {
    this.factory = factory;
    this.format = format;
  }

  DocumentFormat format() {
    return format;
  }

  <T> T read(String document, Function<Cursor, T> reader) {
    Objects.requireNonNull(document, "document");
    if (document.length() > DocumentLimits.MAX_DOCUMENT_CHARS) {
      throw new DocumentException("document too large at $: " + document.length()
          + " characters, the limit is " + DocumentLimits.MAX_DOCUMENT_CHARS, "$", 0);
    }
    JsonParser parser;
    try {
      parser = factory.createParser(document);
    } catch (IOException e) {
      throw new DocumentException("unreadable document at $: " + e.getMessage(), "$", 0);
    }
    try {
      Cursor c = new Cursor(parser, format);
      if (c.next() == null) {
        throw c.fail("empty document", "");
      }
      T value = reader.apply(c);
      c.expectEnd();
      return value;
    } finally {
      try {
        parser.close();
      } catch (IOException | RuntimeException e) {
        // Closing a String-backed parser releases buffers only; the outcome is already decided.
      }
    }
  }

  <T> String write(T value, BiConsumer<Out, T> writer) {
    Objects.requireNonNull(value, "value");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      if (format == DocumentFormat.JSON) {
        g.setPrettyPrinter(PRETTY.createInstance());
      }
      writer.accept(new Out(g, format == DocumentFormat.YAML), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // JSON ends after its closing brace; both documents end in one newline.
    StringBuffer text = w.getBuffer();
    if (text.length() == 0 || text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
    return text.toString();
  }

  /** Two-space indent, {@code "key": value}, LF line ends whatever the platform, {@code []} when empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}
