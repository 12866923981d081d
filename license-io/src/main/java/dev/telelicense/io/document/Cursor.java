package dev.telelicense.io.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.telelicense.io.internal.Texts;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * A strict, path-aware walk over a streaming parser. Value readers start on a value's first token and
 * leave the cursor on its last, so readers compose. Every problem becomes a {@link DocumentException}
 * naming the JSON path; nothing else escapes from the parser.
 */
final class Cursor {

  /** Reads one field's value; the cursor is on the value's first token. */
  interface FieldReader {
    void read(String name);
  }

  private final JsonParser parser;
  /** The parser when it reads YAML, whose extras are refused per token; null for JSON. */
  @Nullable private final YAMLParser yaml;
  /** The parser when it reads JSON from text, which knows a token's line without a JsonLocation. */
  @Nullable private final ReaderBasedJsonParser json;
  private final DocumentFormat format;
  /**
   * The path as segments, spelt out only when a message needs it: per level a field name, or null
   * for an array index in {@code indexes}. Appending every name and index to a StringBuilder as it
   * was entered cost a few percent of every read, for messages almost no read gives.
   */
  private final String[] names = new String[DocumentLimits.MAX_NESTING_DEPTH * 2 + 4];
  private final int[] indexes = new int[names.length];
  private int level;
  private int depth;
  /** Per depth, the fields seen so far of the object open there ({@link Fields#bit}). */
  private final long[] seen = new long[DocumentLimits.MAX_NESTING_DEPTH + 1];
  /** Per depth, how many elements of the array open there have been started. */
  private final int[] elements = new int[DocumentLimits.MAX_NESTING_DEPTH + 1];
  @Nullable private JsonToken token;

  Cursor(JsonParser parser, DocumentFormat format) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
    this.json = parser instanceof ReaderBasedJsonParser ? (ReaderBasedJsonParser) parser : null;
    this.format = format;
  }

  /** Advances to the next token, refusing YAML anchors, aliases and tags wherever they appear. */
  @Nullable
  JsonToken next() {
    advance();
    return token;
  }

  /**
   * Advances like {@link #next}: the field name when the new token is one, else null. {@code expected}
   * is the name most likely next (documents are mostly written in {@link Fields} order): Jackson's JSON
   * parser compares it in place against the input, sparing the name's parse and symbol-table lookup,
   * and reads the name the usual way when it is another; null when there is no likely name.
   */
  @Nullable
  private String nextName(@Nullable SerializableString expected) {
    try {
      String name;
      if (expected != null && parser.nextFieldName(expected)) {
        name = expected.getValue();
      } else {
        name = expected == null ? parser.nextFieldName() : parser.currentName();
      }
      token = parser.currentToken();
      if (token != JsonToken.FIELD_NAME) {
        name = null;
      }
      if (yaml != null) {
        refuseYamlExtras(yaml);
      }
      return name;
    } catch (IOException | org.yaml.snakeyaml.error.YAMLException e) {
      throw unreadable(e);
    }
  }

  /** The one way on to a token other than a name. */
  private void advance() {
    try {
      token = parser.nextToken();
      if (yaml != null) {
        refuseYamlExtras(yaml);
      }
    } catch (IOException | org.yaml.snakeyaml.error.YAMLException e) {
      throw unreadable(e);
    }
  }

  /** The parser's failure to read on, said with the path it happened at. */
  private DocumentException unreadable(Exception e) {
    String path = path();
    if (e instanceof StreamConstraintsException) {
      StreamConstraintsException limit = (StreamConstraintsException) e;
      return new DocumentException("document exceeds a limit at " + path + ": "
          + limit.getOriginalMessage(), path, lineOf(limit.getLocation()));
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException malformed = (JsonProcessingException) e;
      return new DocumentException("malformed " + format + " at " + path + ": "
          + firstLine(malformed.getOriginalMessage()), path, lineOf(malformed.getLocation()));
    }
    // Reading a String cannot fail for I/O; snakeyaml's own errors may surface unwrapped.
    return new DocumentException("malformed " + format + " at " + path + ": "
        + firstLine(e.getMessage()), path, line());
  }

  private void refuseYamlExtras(YAMLParser yaml) throws IOException {
    if (yaml.isCurrentAlias() || yaml.getObjectId() != null) {
      throw fail("YAML anchors and aliases are not allowed", "");
    }
    String tag = yaml.getTypeId();
    if (tag != null) {
      throw fail("YAML tags are not allowed", " (found " + Texts.quote(shorthand(tag)) + ")");
    }
  }

  /** The tag as it is usually written: {@code !!str} for the core schema's, {@code !x} otherwise. */
  private static String shorthand(String tag) {
    String core = "tag:yaml.org,2002:";
    return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : "!" + tag;
  }

  @Nullable
  JsonToken token() {
    return token;
  }

  /** The 1-based line of the current token, 0 if unknown. */
  int line() {
    // Every object read asks for its line, in case the model refuses it, and a JsonLocation per object
    // showed in the read profile. For any token but a name (whose location is the name's own) the
    // JSON parser's location is built from exactly this line.
    if (json != null && token != JsonToken.FIELD_NAME) {
      return Math.max(0, json.getTokenLineNr());
    }
    return lineOf(parser.currentTokenLocation());
  }

  String path() {
    StringBuilder b = new StringBuilder("$");
    for (int i = 0; i < level; i++) {
      if (names[i] != null) {
        b.append('.').append(names[i]);
      } else {
        b.append('[').append(indexes[i]).append(']');
      }
    }
    return b.toString();
  }

  /** {@code what at $.path rest}: the one shape of every message. */
  DocumentException fail(String what, String rest) {
    String path = path();
    return new DocumentException(what + " at " + path + rest, path, line());
  }

  /** The same, for a problem found after the object that starts on {@code line} was read. */
  DocumentException failAt(int line, String what, String rest) {
    String path = path();
    return new DocumentException(what + " at " + path + rest, path, line);
  }

  /** Reads the object the cursor is on, handing each known field to {@code reader}. */
  void object(Fields fields, FieldReader reader) {
    startObject();
    for (String name = field(fields); name != null; name = field(fields)) {
      reader.read(name);
    }
  }

  /**
   * Enters the object the cursor is on; {@link #field} then walks its fields. The hot readers walk
   * objects this way rather than through {@link #object}: a callback per field is a call through an
   * interface with a target per object type, which the JIT can neither inline nor predict.
   */
  void startObject() {
    expect(JsonToken.START_OBJECT, "an object");
    enter();
    seen[depth] = 0;
  }

  /**
   * Moves to the next field of the object entered last and onto its value, once the previous field's
   * value has been read: the field's name, or null after the object's end, when every required field
   * was there.
   */
  @Nullable
  String field(Fields fields) {
    long seenHere = seen[depth];
    if (seenHere != 0) {
      pop();
    }
    String name = nextName(fields.likelyAfter(seenHere));
    if (name == null) {
      if (token != JsonToken.END_OBJECT) {
        throw fail("unexpected end of document", "");
      }
      String missing = fields.firstMissing(seenHere);
      if (missing != null) {
        throw fail("missing required field '" + missing + "'", "");
      }
      depth--;
      return null;
    }
    long bit = fields.bit(name);
    if (bit == 0) {
      throw fail("unknown field " + Texts.quote(name), Suggestions.closest(name, fields.names())
          .map(s -> " — did you mean '" + s + "'?")
          .orElse(" — expected one of: " + String.join(", ", fields.names())));
    }
    if ((seenHere & bit) != 0) {
      throw fail("duplicate field " + Texts.quote(name), "");
    }
    seen[depth] = seenHere | bit;
    push(name);
    if (next() == null) {
      throw fail("unexpected end of document", "");
    }
    return name;
  }

  /** Reads the array the cursor is on, one element at a time. */
  <T> List<T> array(Supplier<T> element) {
    startArray();
    List<T> out = new ArrayList<>();
    while (element()) {
      out.add(element.get());
    }
    return out;
  }

  /** Enters the array the cursor is on; {@link #element} then walks its elements. */
  void startArray() {
    expect(JsonToken.START_ARRAY, "an array");
    enter();
    elements[depth] = 0;
  }

  /**
   * Moves onto the next element of the array entered last, once the previous one has been read: false
   * after the array's end.
   */
  boolean element() {
    int index = elements[depth];
    if (index != 0) {
      pop();
    }
    // The element's path is pushed before advancing, so that a refused YAML anchor names it.
    pushIndex(index);
    if (next() == JsonToken.END_ARRAY) {
      pop();
      depth--;
      return false;
    }
    if (token == null) {
      throw fail("unexpected end of document", "");
    }
    elements[depth] = index + 1;
    return true;
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

  /** A calendar date written {@code YYYY-MM-DD}; impossible dates such as Feb 30 are refused. */
  LocalDate date() {
    expect(JsonToken.VALUE_STRING, "a date");
    String s = text();
    if (!isDateShape(s)) {
      throw fail("invalid date " + Texts.quote(s), " — expected YYYY-MM-DD");
    }
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      throw fail("invalid date " + Texts.quote(s), "");
    }
  }

  private static boolean isDateShape(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number the ASCII digits {@code s[from, to)} spell, which {@link #isDateShape} has checked: no
   * substring and no parseInt per part of every date read.
   */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  int integer() {
    expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    try {
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        throw fail("integer out of range", ": " + Texts.quote(parser.getText()));
      }
      return parser.getIntValue();
    } catch (IOException e) {
      throw fail("unreadable number", ": " + firstLine(e.getMessage()));
    }
  }

  boolean bool() {
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    expect(JsonToken.VALUE_FALSE, "a boolean");
    return false;
  }

  /** After the root value: anything but the end of input is an error (a second YAML document too). */
  void expectEnd() {
    if (next() != null) {
      throw fail("unexpected content after the document", "");
    }
  }

  private void expect(JsonToken expected, String what) {
    if (token != expected) {
      throw fail("expected " + what, ", found " + describe(token));
    }
  }

  private void enter() {
    if (++depth > DocumentLimits.MAX_NESTING_DEPTH) {
      throw fail("nesting too deep", ": the limit is " + DocumentLimits.MAX_NESTING_DEPTH + " levels");
    }
  }

  /** Appends {@code .name} to the path. */
  private void push(String name) {
    names[level++] = name;
  }

  /** Appends {@code [index]} to the path. */
  private void pushIndex(int index) {
    names[level] = null;
    indexes[level++] = index;
  }

  private void pop() {
    level--;
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw fail("unreadable value", ": " + firstLine(e.getMessage()));
    }
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "binary data";
    }
  }

  private static int lineOf(@Nullable JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl).strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** Values the model refuses ({@code @Value.Check}) become errors at the object that holds them. */
  <T> T build(int line, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException e) {
      throw failAt(line, String.valueOf(e.getMessage()), "");
    }
  }

  /** Resolves {@code text} against {@code values} by exact name, with a suggestion on failure. */
  <E extends Enum<E>> E enumValue(Class<E> type, String what) {
    String s = string();
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
      names.add(e.name());
    }
    Optional<String> near = Suggestions.closest(s, names);
    throw fail("unknown " + what + " " + Texts.quote(s), near.map(n -> " — did you mean '" + n + "'?")
        .orElse(" — expected one of: " + String.join(", ", names)));
  }
}
