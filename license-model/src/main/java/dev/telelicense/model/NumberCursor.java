package dev.telelicense.model;

import dev.telelicense.model.LicenseNumberFormatException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A reading position in a {@link NumberText}, and the parts every form of number shares: runs of
 * digits, separators, the {@code -N} site suffix and the closing 号. It moves one character after
 * another and never back more than a token: no regular expressions, so no input can make it
 * backtrack. Whitespace ({@link NumberText#GAP}) may stand between any two parts and inside the digits.
 */
final class NumberCursor {
  private static final int MAX_SITE_DIGITS = 5;

  private final NumberText t;
  private final NumberRefusal refusal;
  private int pos;
  /** Index after the last character read into the number: where it ends, gaps after it left out. */
  private int end;

  NumberCursor(NumberText text, NumberRefusal refusal) {
    this.t = text;
    this.refusal = refusal;
  }

  /** Starts a new read at {@code start}. */
  void reset(int start) {
    pos = start;
    end = start;
  }

  int pos() {
    return pos;
  }

  int end() {
    return end;
  }

  /** Whether the whole text has been read, gaps skipped. */
  boolean atEnd() {
    skipGaps();
    return pos == t.length();
  }

  /** The next significant character, gaps skipped; 0 at the end. */
  char peek() {
    skipGaps();
    return next(pos);
  }

  /** The character at {@code i}, gaps included; 0 at the end. */
  char next(int i) {
    return i < t.length() ? t.charAt(i) : 0;
  }

  boolean startsWith(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (next(pos + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  void consume(int n) {
    pos += n;
    end = pos;
  }

  void skipGaps() {
    while (pos < t.length() && t.charAt(pos) == NumberText.GAP) {
      pos++;
    }
  }

  /** The prepared characters between two indexes. */
  String text(int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      b.append(t.charAt(i));
    }
    return b.toString();
  }

  /** Between {@code min} and {@code max} digits; a gap may separate them, never end a full run. */
  String digits(int min, int max) {
    return digits(min, max, min == max ? String.valueOf(min) : min + " to " + max);
  }

  /** As {@link #digits(int, int)}, {@code expected} saying how many in a refusal. */
  String digits(int min, int max, String expected) {
    skipGaps();
    int start = pos;
    StringBuilder b = new StringBuilder(max + 1);
    while (pos < t.length() && b.length() <= max) {
      char c = t.charAt(pos);
      if (NumberText.isDigit(c)) {
        b.append(c);
        pos++;
        end = pos;
      } else if (c == NumberText.GAP && b.length() > 0 && b.length() < max && NumberText.isDigit(next(pos + 1))) {
        pos++;
      } else {
        break;
      }
    }
    int count = b.length();
    if (count < max && NumberText.isLetter(next(pos))) {
      throw fail(Reason.EXPECTED_DIGIT, found(pos, pos + 1), "", Slips.digit(next(pos)));
    }
    if (count < min || count > max) {
      throw failAt(start, Reason.WRONG_DIGIT_COUNT, "", refusal.quiet() ? ""
          : (count > max ? "more than " + max : String.valueOf(count)) + " digits, expected " + expected, "");
    }
    return b.toString();
  }

  /** An optional {@code -N} site suffix; in find mode a dash without one ends the number before it. */
  @Nullable
  String site() {
    int before = pos;
    int endBefore = end;
    if (peek() != '-') {
      pos = before;
      return null;
    }
    consume(1);
    skipGaps();
    int start = pos;
    while (pos < t.length() && NumberText.isDigit(t.charAt(pos)) && pos - start < MAX_SITE_DIGITS) {
      pos++;
    }
    if (pos == start || NumberText.isDigit(next(pos))) {
      if (refusal.quiet()) {
        pos = before;
        end = endBefore;
        return null;
      }
      throw failAt(start, Reason.INVALID_SITE_SUFFIX, "", "expected 1 to " + MAX_SITE_DIGITS + " digits after '-'", "");
    }
    end = pos;
    return text(start, pos);
  }

  /** The app (A) or mini-program (X) letter of a filing: right after the suffix, never after a space. */
  @Nullable
  Character siteType() {
    char c = next(end);
    if (c != 'A' && c != 'X') {
      return null;
    }
    pos = end;
    consume(1);
    return c;
  }

  /** The closing 号, when printed. */
  void hao() {
    if (peek() == '号') {
      consume(1);
    }
  }

  /** A required dash; {@code expected} says where in a refusal. */
  void dash(String expected) {
    if (peek() != '-') {
      throw fail(Reason.MISSING_SEPARATOR, "", expected, "");
    }
    consume(1);
  }

  /** The refusal of a read that failed here. */
  RuntimeException fail(Reason reason, String found, String note, String hint) {
    return failAt(pos, reason, found, note, hint);
  }

  /** The refusal of a read that failed at {@code index}. */
  RuntimeException failAt(int index, Reason reason, String found, String note, String hint) {
    return refusal.at(index, reason, found, note, hint);
  }

  /** The input's own characters from {@code from} to at most {@code to}, for a message. */
  String found(int from, int to) {
    return refusal.found(from, Math.min(t.length(), to));
  }
}
