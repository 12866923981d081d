package dev.telelicense.io.text;

/**
 * Character classes of Chinese text (中文字符) as the scans use them. Hand-written scanning only: no
 * regular expression, so no input can make these backtrack.
 */
final class Cjk {
  private Cjk() {}

  /** Whether {@code c} is a CJK ideograph (汉字) or CJK / full-width punctuation (全角标点). */
  static boolean isCjk(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\u3001' && c <= '\u303F')
        || (c >= '\uFF01' && c <= '\uFF60')
        || (c >= '\uFE30' && c <= '\uFE4F');
  }

  /** Whitespace as scans produce it, including the ideographic space (全角空格) and no-break space. */
  static boolean isSpace(char c) {
    // Split on ' ' first: the line normaliser asks this of every character, mostly 汉字 above it.
    return c <= ' '
        ? c == ' ' || c == '\t' || c == '\f' || c == '\u000B'
        : c == '\u3000' || c == '\u00A0';
  }

  /** Sentence-final punctuation: a paragraph ending in one of these does not run on. */
  static boolean isSentenceEnd(char c) {
    return "。！？；：.!?;:".indexOf(c) >= 0;
  }

  static boolean isOpenParen(char c) {
    return c == '(' || c == '（';
  }

  static boolean isCloseParen(char c) {
    return c == ')' || c == '）';
  }

  static boolean isColon(char c) {
    return c == ':' || c == '：';
  }

  /** Half-width value of an ASCII or full-width digit (全角数字), or -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  /** {@code s} without leading and trailing {@link #isSpace spaces}. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * Removes runs of spaces that stand between two CJK characters: in Chinese print they are scan
   * artefacts ({@code 北京淘车科技有限公司 获准经营}), while a space after a half-width comma is as
   * printed and stays.
   */
  static String removeSpacesBetweenCjk(String s) {
    return removeSpacesBetweenCjk(s, 0, s.length());
  }

  /**
   * {@link #removeSpacesBetweenCjk(String)} of {@code s[from, to)}, copied once: a line is cleaned
   * where it stands in the text instead of first being cut out of it.
   */
  static String removeSpacesBetweenCjk(String s, int from, int to) {
    StringBuilder b = null;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        if (b != null) {
          b.append(c);
        }
        i++;
        continue;
      }
      int end = i;
      while (end < to && isSpace(s.charAt(end))) {
        end++;
      }
      boolean drop = i > from && end < to && isCjk(s.charAt(i - 1)) && isCjk(s.charAt(end));
      if (drop && b == null) {
        b = new StringBuilder(to - from).append(s, from, i);
      } else if (!drop && b != null) {
        b.append(s, i, end);
      }
      i = end;
    }
    return b != null ? b.toString() : from == 0 && to == s.length() ? s : s.substring(from, to);
  }

  /** Strips a trailing full stop or semicolon, which ends a list but is no part of its last item. */
  static String withoutFinalStop(String s) {
    int end = s.length();
    while (end > 0 && (isSpace(s.charAt(end - 1)) || "。.；;，,、".indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return strip(s.substring(0, end));
  }
}
