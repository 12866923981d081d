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
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f' || c == '\u000B';
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
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < s.length() && isSpace(s.charAt(end))) {
        end++;
      }
      boolean drop = i > 0 && end < s.length() && isCjk(s.charAt(i - 1)) && isCjk(s.charAt(end));
      if (!drop) {
        b.append(s, i, end);
      }
      i = end;
    }
    return b.toString();
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1; nested pairs are skipped. */
  static int closingParen(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isOpenParen(c)) {
        depth++;
      } else if (isCloseParen(c) && --depth == 0) {
        return i;
      }
    }
    return -1;
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
