package dev.telelicense.io.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.telelicense.io.internal.Texts;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A strict, path-aware walk over a streaming parser. Value readers start on a value's first token and
 * leave the cursor on its last, so readers compose: {@link #object} hands each field to a reader,
 * {@link #array} reads each element with one. Every problem in the document becomes a
 * {@link DocumentException} naming the JSON path; nothing else escapes from the parser.
 */
final class Cursor {

  /** Reads one field's value; the cursor is on the value's first token. */
  interface FieldReader {
    void read(String name);
  }

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final JsonParser parser;
  private final DocumentFormat format;
  /** Where the cursor is: a field name ({@code String}) or an array index ({@code Integer}) per level. */
  private final List<Object> path = new ArrayList<>();
  /** How many objects and arrays are open. */
  private int depth;
  @Nullable private JsonToken token;

  Cursor(JsonParser parser, DocumentFormat format) {
    this.parser = parser;
    this.format = format;
  }

  /** Advances to the next token, refusing YAML anchors, aliases and tags wherever they appear. */
  @Nullable
  JsonToken next() {
    try {
      token = parser.nextToken();
      if (parser instanceof YAMLParser yaml) {
        refuseYamlExtras(yaml);
      }
    } catch (IOException | org.yaml.snakeyaml.error.YAMLException e) {
      String where = path();
      throw ParserProblems.unreadable(e, format, where, line());
    }
    return token;
  }

  private void refuseYamlExtras(YAMLParser yaml) throws IOException {
    if (yaml.isCurrentAlias() || yaml.getObjectId() != null) {
      throw fail("YAML anchors and aliases are not allowed", "");
    }
    String tag = yaml.getTypeId();
    if (tag != null) {
      throw fail("YAML tags are not allowed", " (found " + Texts.quote(ParserProblems.shorthand(tag))
          + ")");
    }
  }

  /** The 1-based line of the current token, 0 if unknown. */
  int line() {
    return ParserProblems.lineOf(parser.currentTokenLocation());
  }

  /** The JSON path of the current value, e.g. {@code $.grants[0].websites}. */
  String path() {
    StringBuilder b = new StringBuilder("$");
    for (Object segment : path) {
      if (segment instanceof String) {
        b.append('.').append(segment);
      } else {
        b.append('[').append(segment).append(']');
      }
    }
    return b.toString();
  }

  /** {@code what at $.path rest}: the one shape of every message. */
  DocumentException fail(String what, String rest) {
    return failAt(line(), what, rest);
  }

  /** The same, for a problem found after the object that starts on {@code line} was read. */
  DocumentException failAt(int line, String what, String rest) {
    String where = path();
    return new DocumentException(what + " at " + where + rest, where, line);
  }

  /**
   * The error for a field that {@code fields} lists but the reader's {@code switch} has no case for:
   * a mistake in this package, not in the document, so it is no {@link DocumentException}.
   */
  IllegalStateException noCaseFor(String name) {
    return new IllegalStateException("no case for field " + Texts.quote(name) + " at " + path()
        + ": its reader lists the field but does not read it");
  }

  /**
   * Reads the object the cursor is on, handing each field to {@code reader} on the field's value.
   * Unknown, duplicate and missing required fields are refused.
   */
  void object(Fields fields, FieldReader reader) {
    expect(JsonToken.START_OBJECT, "an object");
    enter();
    boolean[] seen = new boolean[fields.names().size()];
    while (next() == JsonToken.FIELD_NAME) {
      String name = currentName();
      int index = fields.names().indexOf(name);
      if (index < 0) {
        throw fail("unknown field " + Texts.quote(name), Suggestions.closest(name, fields.names())
            .map(s -> " — did you mean '" + s + "'?")
            .orElse(" — expected one of: " + String.join(", ", fields.names())));
      }
      if (seen[index]) {
        throw fail("duplicate field " + Texts.quote(name), "");
      }
      seen[index] = true;
      path.add(name);
      if (next() == null) {
        throw fail("unexpected end of document", "");
      }
      reader.read(name);
      path.remove(path.size() - 1);
    }
    if (token != JsonToken.END_OBJECT) {
      throw fail("unexpected end of document", "");
    }
    for (String required : fields.required()) {
      if (!seen[fields.names().indexOf(required)]) {
        throw fail("missing required field '" + required + "'", "");
      }
    }
    depth--;
  }

  /** Reads the array the cursor is on, each element with {@code element}. */
  <T> List<T> array(Supplier<T> element) {
    expect(JsonToken.START_ARRAY, "an array");
    enter();
    List<T> out = new ArrayList<>();
    // The element's index is on the path before advancing, so that a refused YAML anchor names it.
    path.add(0);
    while (next() != JsonToken.END_ARRAY) {
      if (token == null) {
        throw fail("unexpected end of document", "");
      }
      out.add(element.get());
      path.set(path.size() - 1, out.size());
    }
    path.remove(path.size() - 1);
    depth--;
    return out;
  }

  /** Whether the cursor is on a string (rather than, say, the array a newer document writes). */
  boolean isString() {
    return token == JsonToken.VALUE_STRING;
  }

  String string() {
    expect(JsonToken.VALUE_STRING, "a string");
    String s = text();
    if (s.length() > DocumentLimits.MAX_STRING_CHARS) {
      throw fail("string too long", ": " + s.length() + " characters, the limit is "
          + DocumentLimits.MAX_STRING_CHARS);
    }
    return s;
  }

  /**
   * Passes over a string that is read past, such as a provision's derived {@code title}: its type is
   * checked, its text never built.
   */
  void skipString() {
    expect(JsonToken.VALUE_STRING, "a string");
  }

  /** A calendar date written {@code YYYY-MM-DD}; impossible dates such as Feb 30 are refused. */
  LocalDate date() {
    expect(JsonToken.VALUE_STRING, "a date");
    String s = text();
    if (!DATE.matcher(s).matches()) {
      throw fail("invalid date " + Texts.quote(s), " — expected YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw fail("invalid date " + Texts.quote(s), "");
    }
  }

  int integer() {
    expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    try {
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        throw fail("integer out of range", ": " + Texts.quote(parser.getText()));
      }
      return parser.getIntValue();
    } catch (IOException e) {
      throw fail("unreadable number", ": " + ParserProblems.firstLine(e.getMessage()));
    }
  }

  boolean bool() {
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    expect(JsonToken.VALUE_FALSE, "a boolean");
    return false;
  }

  /** The string the cursor is on, as the constant of {@code type} with exactly that name. */
  <E extends Enum<E>> E enumValue(Class<E> type, String what) {
    String s = string();
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
      names.add(e.name());
    }
    throw fail("unknown " + what + " " + Texts.quote(s), Suggestions.closest(s, names)
        .map(n -> " — did you mean '" + n + "'?")
        .orElse(" — expected one of: " + String.join(", ", names)));
  }

  /** Values the model refuses ({@code @Value.Check}) become errors at the object that holds them. */
  <T> T build(int line, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException e) {
      throw failAt(line, String.valueOf(e.getMessage()), "");
    }
  }

  /** After the root value: anything but the end of input is an error (a second YAML document too). */
  void expectEnd() {
    if (next() != null) {
      throw fail("unexpected content after the document", "");
    }
  }

  private void expect(JsonToken expected, String what) {
    if (token != expected) {
      throw fail("expected " + what, ", found " + ParserProblems.describe(token));
    }
  }

  private void enter() {
    if (++depth > DocumentLimits.MAX_NESTING_DEPTH) {
      throw fail("nesting too deep", ": the limit is " + DocumentLimits.MAX_NESTING_DEPTH + " levels");
    }
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw fail("unreadable field name", ": " + ParserProblems.firstLine(e.getMessage()));
    }
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw fail("unreadable value", ": " + ParserProblems.firstLine(e.getMessage()));
    }
  }
}
