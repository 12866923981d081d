package dev.telelicense.io.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Writes fields in a fixed order over a streaming generator, leaving out absent values so that every
 * document of a kind has the same shape. The same calls write JSON and YAML.
 */
final class Out {
  private final JsonGenerator g;
  private final boolean yaml;

  Out(JsonGenerator g, boolean yaml) {
    this.g = g;
    this.yaml = yaml;
  }

  void startObject() {
    try {
      g.writeStartObject();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  void endObject() {
    try {
      g.writeEndObject();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  void string(String name, String value) {
    checkText(name, value);
    try {
      g.writeFieldName(name);
      text(value);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  void date(String name, LocalDate value) {
    if (value.getYear() < 0 || value.getYear() > 9999) {
      throw new IllegalArgumentException(name + " " + value + " has no YYYY-MM-DD form");
    }
    String text = value.toString();
    try {
      g.writeFieldName(name);
      if (yaml) {
        // A plain scalar: YAML readers see a date, as a person writing the file would type it.
        g.writeNumber(text);
      } else {
        g.writeString(text);
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  void date(String name, Optional<LocalDate> value) {
    if (value.isPresent()) {
      date(name, value.get());
    }
  }

  void integer(String name, int value) {
    try {
      g.writeNumberField(name, value);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  void integer(String name, OptionalInt value) {
    if (value.isPresent()) {
      integer(name, value.getAsInt());
    }
  }

  void bool(String name, Optional<Boolean> value) {
    if (value.isPresent()) {
      try {
        g.writeBooleanField(name, value.get());
      } catch (IOException e) {
        throw failed(e);
      }
    }
  }

  /** A list of strings; an empty list is written only when {@code keepEmpty} (a judged fact). */
  void strings(String name, List<String> values, boolean keepEmpty) {
    if (values.isEmpty() && !keepEmpty) {
      return;
    }
    try {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        checkText(name, v);
        text(v);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** A list of objects, each written by {@code element} between its braces. */
  <T> void objects(String name, List<T> values, boolean keepEmpty, Consumer<T> element) {
    if (values.isEmpty() && !keepEmpty) {
      return;
    }
    try {
      g.writeArrayFieldStart(name);
      for (T v : values) {
        g.writeStartObject();
        element.accept(v);
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** A nested object written by {@code body}. */
  void object(String name, Runnable body) {
    try {
      g.writeObjectFieldStart(name);
      body.run();
      g.writeEndObject();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * Writes a string value. YAML 1.1 readers take U+0085 (NEL), U+2028 and U+2029 (line and paragraph
   * separators) in a plain, single-quoted or block scalar for line breaks — {@code a:\u2029b} would read
   * back as a mapping — so such a string is written double-quoted, where the emitter escapes them.
   */
  private void text(String value) throws IOException {
    if (yaml && hasYamlLineBreak(value)) {
      YAMLGenerator y = (YAMLGenerator) g;
      y.disable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
      try {
        g.writeString(value);
      } finally {
        y.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
      }
    } else {
      g.writeString(value);
    }
  }

  private static boolean hasYamlLineBreak(String value) {
    return value.indexOf('\u0085') >= 0 || value.indexOf('\u2028') >= 0 || value.indexOf('\u2029') >= 0;
  }

  /**
   * Unpaired surrogates have no UTF-8 form: both generators would silently turn them into '?', so the
   * document would not read back as the value written. Refusing is the honest answer.
   */
  private static void checkText(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(name + " contains an unpaired surrogate at index " + i);
      }
    }
  }

  /** Generators write to a {@link java.io.StringWriter} here, which does not fail; should one, say so. */
  private static UncheckedIOException failed(IOException e) {
    return new UncheckedIOException(e);
  }
}
