package dev.telelicense.io.text;

import dev.telelicense.model.LicenseNumber;

/**
 * 页眉 — the lines every printed page repeats and that are no part of any value: the licence number
 * ({@code 经营许可证编号：京B2-…}, also split over two lines in either order), {@code 特别规定事项}, the
 * title {@code 中华人民共和国增值电信业务经营许可证} and the appendix mark {@code (附页)}.
 */
final class PageHeaders {
  static final String TITLE = "中华人民共和国增值电信业务经营许可证";
  static final String PROVISIONS_TITLE = "特别规定事项";

  /** Longer lines are prose, never a bare number; also bounds the work per line. */
  private static final int MAX_NUMBER_CHARS = 40;
  /** Every licence number has at least six digits (京ICP证150746号); fewer cannot be one, so no parse. */
  private static final int MIN_NUMBER_DIGITS = 6;

  private PageHeaders() {}

  /** Whether {@code line} is a page header: no part of any value. */
  static boolean isHeader(String line) {
    return line.equals(PROVISIONS_TITLE) || isNumberHeader(line) || isTitle(line) || isAppendixMark(line)
        || isBareNumber(line);
  }

  /**
   * The number label with nothing, or something shaped like a number (damaged digits included), after
   * it. A wrapped sentence that starts {@code 经营许可证编号。} is text, not a header.
   */
  static boolean isNumberHeader(String line) {
    String value = Labels.valueAfter(line, Labels.NUMBER);
    return value != null && (value.isEmpty()
        || (value.length() <= MAX_NUMBER_CHARS && digitCount(value) >= MIN_NUMBER_DIGITS));
  }

  /** The licence title, alone or with its appendix mark: {@code 中华人民共和国增值电信业务经营许可证 (附页)}. */
  static boolean isTitle(String line) {
    if (line.equals("增值电信业务经营许可证")) {
      return true;
    }
    if (!line.startsWith(TITLE)) {
      return false;
    }
    String rest = Cjk.strip(line.substring(TITLE.length()));
    return rest.isEmpty() || isAppendixMark(rest);
  }

  /** Whether the title carries the appendix mark, which opens the appendix. */
  static boolean isAppendixTitle(String line) {
    return isAppendixMark(line)
        || (line.startsWith(TITLE) && isAppendixMark(Cjk.strip(line.substring(TITLE.length()))));
  }

  /** {@code (附页)}, {@code （附页）}, {@code 附页}. */
  static boolean isAppendixMark(String line) {
    String s = line;
    if (s.length() >= 2 && Cjk.isOpenParen(s.charAt(0)) && Cjk.isCloseParen(s.charAt(s.length() - 1))) {
      s = Cjk.strip(s.substring(1, s.length() - 1));
    }
    return s.equals("附页");
  }

  /** A line holding nothing but a licence number: the header's number printed apart from its label. */
  static boolean isBareNumber(String line) {
    if (!mayBeBareNumber(line)) {
      return false;
    }
    try {
      LicenseNumber.parse(line);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether {@link #isBareNumber} has to parse {@code line}: short, with enough digits, and without a
   * 年 or a colon, which no licence number holds (its only CJK characters are the province, 合字, 证,
   * 备 and 号) but every date line does. Parsing a date line threw an exception per line and page.
   */
  private static boolean mayBeBareNumber(String line) {
    return !line.isEmpty() && line.length() <= MAX_NUMBER_CHARS && line.indexOf('年') < 0
        && line.indexOf('：') < 0 && line.indexOf(':') < 0 && digitCount(line) >= MIN_NUMBER_DIGITS;
  }

  private static int digitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Cjk.digit(s.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }
}
