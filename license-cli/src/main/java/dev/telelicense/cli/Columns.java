package dev.telelicense.cli;

/** Padding for columns that mix Chinese and Latin text: a CJK character takes two columns in a terminal. */
final class Columns {
  private Columns() {}

  /** {@code text} followed by spaces up to {@code width} terminal columns (at least one space). */
  static String pad(String text, int width) {
    int w = width(text);
    return text + " ".repeat(Math.max(1, width - w));
  }

  /** Terminal columns: two for East Asian wide characters and full-width forms, one otherwise. */
  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wide = c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF')
          || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F')
          || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6'));
      w += wide ? 2 : 1;
    }
    return w;
  }
}
