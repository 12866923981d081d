package dev.telelicense.model;

/**
 * A text prepared for {@link NumberScanner}: full-width ASCII and dash look-alikes made half-width,
 * letters upper case, 號 read as 号, and every run of whitespace (ASCII, full-width, no-break) made
 * one {@link #GAP}. For markup, tags and character references (<code>&amp;nbsp;</code>, <code>&amp;#x4EAC;</code>) are
 * read too: a tag counts as a gap. One pass over the input; {@link #offset(int)} maps back into it.
 */
final class NumberText {
  /** Stands for whitespace, tags and no-break spaces; no other character becomes a space. */
  static final char GAP = ' ';

  /** The longest character reference read (<code>&amp;thinsp;</code> is 8 characters). */
  private static final int MAX_REFERENCE = 10;

  private final char[] chars;
  /** {@code from[i]} is where prepared character {@code i} starts in the input; one more entry: its length. */
  private final int[] from;
  private final int length;

  private NumberText(char[] chars, int[] from, int length) {
    this.chars = chars;
    this.from = from;
    this.length = length;
  }

  /** A number as given to {@code parse}: whitespace only. */
  static NumberText plain(CharSequence s) {
    return prepare(s, false);
  }

  /** Any text, HTML included. */
  static NumberText markup(CharSequence s) {
    return prepare(s, true);
  }

  int length() {
    return length;
  }

  char charAt(int i) {
    return chars[i];
  }

  /** Index into the input where prepared character {@code i} starts ({@code i == length()}: the end). */
  int offset(int i) {
    return from[i];
  }

  private static NumberText prepare(CharSequence s, boolean markup) {
    int n = s.length();
    char[] chars = new char[n];
    int[] from = new int[n + 1];
    int m = 0;
    // Set once no '>' follows: a '<' after it is text, so a page of unclosed '<' stays linear.
    boolean closingSeen = true;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int next = i + 1;
      if (markup && c == '<' && closingSeen && next < n && startsTag(s.charAt(next))) {
        int close = indexOf(s, '>', next);
        if (close < 0) {
          closingSeen = false;
        } else {
          c = GAP;
          next = close + 1;
        }
      } else if (markup && c == '&') {
        int semi = indexOf(s, ';', next, Math.min(n, next + MAX_REFERENCE));
        char decoded = semi < 0 ? 0 : reference(s, next, semi);
        if (decoded != 0) {
          c = decoded;
          next = semi + 1;
        }
      }
      c = normalize(c);
      if (c == GAP && m > 0 && chars[m - 1] == GAP) {
        i = next;
        continue;
      }
      chars[m] = c;
      from[m] = i;
      m++;
      i = next;
    }
    from[m] = n;
    return new NumberText(chars, from, m);
  }

  /** One character for one: half-width, upper case, 號 as 号, any space as {@link #GAP}. */
  static char normalize(char c) {
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') {
        return (char) (c - 32);
      }
      return c <= ' ' || c == 0x7F ? GAP : c;
    }
    if (c >= '\u3400' && c < '\uFE00') {
      // CJK, the bulk of a Chinese page: only 號 changes.
      return c == '號' ? '号' : c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return normalize((char) (c - 0xFEE0));
    }
    return switch (c) {
      case '\u3000', '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003',
          '\u2009', '\u200B', '\u0085', '\u2028', '\u2029', '\uFEFF' -> GAP;
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\uFE63', '\u2212' -> '-';
      case '號' -> '号';
      default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? GAP : c;
    };
  }

  /** An ASCII digit, as every number prints them once prepared. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** An ASCII letter; prepared text has upper case only. */
  static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean startsTag(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
  }

  private static int indexOf(CharSequence s, char c, int from) {
    return indexOf(s, c, from, s.length());
  }

  private static int indexOf(CharSequence s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The character <code>&amp;name;</code> stands for, or 0 when it is not one read here. */
  private static char reference(CharSequence s, int start, int semi) {
    String name = s.subSequence(start, semi).toString();
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      String digits = name.substring(hex ? 2 : 1);
      if (digits.isEmpty() || digits.length() > 6) {
        return 0;
      }
      int code = 0;
      for (int i = 0; i < digits.length(); i++) {
        int d = Character.digit(digits.charAt(i), hex ? 16 : 10);
        if (d < 0) {
          return 0;
        }
        code = code * (hex ? 16 : 10) + d;
      }
      // Outside the BMP nothing belongs to a number: read it as a gap, not as the reference's text.
      return code == 0 ? 0 : code > 0xFFFF ? GAP : (char) code;
    }
    return switch (name) {
      case "nbsp", "ensp", "emsp", "thinsp", "ZeroWidthSpace" -> GAP;
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "mdash", "ndash", "minus", "hyphen" -> '-';
      default -> 0;
    };
  }
}
