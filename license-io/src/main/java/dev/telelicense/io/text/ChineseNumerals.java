package dev.telelicense.io.text;

/**
 * 中文数字 — the numerals that number provisions ({@code 十五、}) and items ({@code （十二）}), and the
 * digits of dates printed in them ({@code 二〇二四年一月二十五日}).
 */
final class ChineseNumerals {
  private static final String DIGITS = "一二三四五六七八九";

  /** {@link #of} for 1 to 99, built once: the provision reader asks for it several times a line. */
  private static final String[] NUMERALS = new String[100];

  static {
    for (int n = 1; n < NUMERALS.length; n++) {
      NUMERALS[n] = build(n);
    }
  }

  private ChineseNumerals() {}

  /** The numeral for 1 to 99 as licences print it: 一, 十, 十五, 二十, 二十一. */
  static String of(int n) {
    return n >= 1 && n <= 99 ? NUMERALS[n] : Integer.toString(n);
  }

  private static String build(int n) {
    int tens = n / 10;
    int units = n % 10;
    StringBuilder b = new StringBuilder(3);
    if (tens > 1) {
      b.append(DIGITS.charAt(tens - 1));
    }
    if (tens > 0) {
      b.append('十');
    }
    if (units > 0) {
      b.append(DIGITS.charAt(units - 1));
    }
    return b.toString();
  }

  /** Whether {@code text} has the numeral for {@code n} at {@code from}, not followed by another numeral char. */
  static boolean matchesAt(String text, int from, int n) {
    String numeral = of(n);
    if (!text.startsWith(numeral, from)) {
      return false;
    }
    int end = from + numeral.length();
    return end >= text.length() || !isNumeralChar(text.charAt(end));
  }

  /**
   * The value of a numeral digit: {@code 〇} (also printed {@code ○} or {@code 零}) 0, {@code 一} to
   * {@code 九} 1 to 9; -1 for any other character, {@code 十} included.
   */
  static int digitOf(char c) {
    if (c == '〇' || c == '○' || c == '零') {
      return 0;
    }
    int i = DIGITS.indexOf(c);
    return i < 0 ? -1 : i + 1;
  }

  static boolean isNumeralChar(char c) {
    return DIGITS.indexOf(c) >= 0 || c == '十' || c == '〇' || c == '零' || c == '百';
  }
}
