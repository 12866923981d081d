package dev.telelicense.io.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 日期 — reads {@code 2025年 03月 05日}, {@code 2020年01月08日}, {@code 2023年6月8日} (also with
 * full-width digits, or {@code 2023-06-08}), and dates in Chinese numerals as official documents print
 * them: {@code 二〇二四年一月二十五日}, the year digit by digit, month and day counted ({@code 十二},
 * {@code 三十一}). A damaged date such as {@code 2025年 0月 2日}, {@code 2025年2月30日} or
 * {@code 二〇二五年〇月二日} is unreadable: it is reported, never guessed.
 */
final class DateReader {
  private final String text;
  private int pos;

  private DateReader(String text) {
    this.text = text;
  }

  static Optional<LocalDate> read(String text) {
    return new DateReader(text).date();
  }

  private Optional<LocalDate> date() {
    int year = year();
    if (year < 0 || !separator('年')) {
      return Optional.empty();
    }
    int month = count();
    if (month < 0 || !separator('月')) {
      return Optional.empty();
    }
    int day = count();
    if (day < 0) {
      return Optional.empty();
    }
    spaces();
    if (pos < text.length() && text.charAt(pos) == '日') {
      pos++;
    }
    spaces();
    if (pos != text.length()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Four digits, Arabic or Chinese ({@code 二〇二四}); -1 when not. */
  private int year() {
    spaces();
    if (pos >= text.length() || ChineseNumerals.digitOf(text.charAt(pos)) < 0) {
      return number(4, 4);
    }
    int value = 0;
    for (int end = pos + 4; pos < end; pos++) {
      int d = pos < text.length() ? ChineseNumerals.digitOf(text.charAt(pos)) : -1;
      if (d < 0) {
        return -1;
      }
      value = value * 10 + d;
    }
    return pos < text.length() && ChineseNumerals.isNumeralChar(text.charAt(pos)) ? -1 : value;
  }

  /** A month or day: one or two Arabic digits, or a counted Chinese numeral 一 to 九十九; -1 when not. */
  private int count() {
    spaces();
    if (pos < text.length() && ChineseNumerals.isNumeralChar(text.charAt(pos))) {
      return chineseCount();
    }
    return number(1, 2);
  }

  /**
   * {@code 五}, {@code 十}, {@code 十二}, {@code 二十}, {@code 三十一}: an optional tens digit and
   * {@code 十}, then an optional units digit. Anything else ({@code 〇五}, {@code 一十}) is no count;
   * whatever follows a count is left for the caller to refuse.
   */
  private int chineseCount() {
    int tens = 0;
    int first = ChineseNumerals.digitOf(text.charAt(pos));
    if (first >= 2 && pos + 1 < text.length() && text.charAt(pos + 1) == '十') {
      tens = first;
      pos += 2;
    } else if (text.charAt(pos) == '十') {
      tens = 1;
      pos++;
    }
    int units = pos < text.length() ? ChineseNumerals.digitOf(text.charAt(pos)) : -1;
    if (units >= 1) {
      pos++;
      return tens * 10 + units;
    }
    return tens > 0 ? tens * 10 : -1;
  }

  private int number(int minDigits, int maxDigits) {
    spaces();
    int value = 0;
    int count = 0;
    while (pos < text.length() && Cjk.digit(text.charAt(pos)) >= 0) {
      if (++count > maxDigits) {
        return -1;
      }
      value = value * 10 + Cjk.digit(text.charAt(pos));
      pos++;
    }
    return count < minDigits ? -1 : value;
  }

  private boolean separator(char unit) {
    spaces();
    if (pos >= text.length()) {
      return false;
    }
    char c = text.charAt(pos);
    if (c == unit || c == '-' || c == '.' || c == '/' || c == '－' || c == '．' || c == '／') {
      pos++;
      return true;
    }
    return false;
  }

  private void spaces() {
    while (pos < text.length() && Cjk.isSpace(text.charAt(pos))) {
      pos++;
    }
  }
}
