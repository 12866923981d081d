package dev.telelicense.io.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.jspecify.annotations.Nullable;

/** How the parser's own failures and tokens are put into the cursor's one-line messages. */
final class ParserProblems {
  private ParserProblems() {}

  /**
   * The parser's failure to read on at {@code path}: over one of Jackson's limits, or malformed input.
   * {@code line} is used when the failure does not say where it happened.
   */
  static DocumentException unreadable(Exception e, DocumentFormat format, String path, int line) {
    if (e instanceof StreamConstraintsException limit) {
      return new DocumentException("document exceeds a limit at " + path + ": "
          + limit.getOriginalMessage(), path, lineOf(limit.getLocation()));
    }
    if (e instanceof JsonProcessingException malformed) {
      return new DocumentException("malformed " + format + " at " + path + ": "
          + firstLine(malformed.getOriginalMessage()), path, lineOf(malformed.getLocation()));
    }
    // Reading a String cannot fail for I/O; snakeyaml's own errors may surface unwrapped.
    return new DocumentException("malformed " + format + " at " + path + ": "
        + firstLine(e.getMessage()), path, line);
  }

  /** The tag as it is usually written: {@code !!str} for the core schema's, {@code !x} otherwise. */
  static String shorthand(String tag) {
    String core = "tag:yaml.org,2002:";
    return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : "!" + tag;
  }

  /** What a token is, as a message says what was found instead of what was expected. */
  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "binary data";
    };
  }

  /** The 1-based line of {@code location}, 0 if unknown. */
  static int lineOf(@Nullable JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /** The first line of a parser's message, at most 200 characters: messages stay one line. */
  static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl).strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
