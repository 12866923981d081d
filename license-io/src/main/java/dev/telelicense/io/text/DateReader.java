package dev.telelicense.io.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 日期 — reads {@code 2025年 03月 05日}, {@code 2020年01月08日}, {@code 2023年6月8日} (also with
 * full-width digits, or {@code 2023-06-08}). A damaged date such as {@code 2025年 0月 2日} or
 * {@code 2025年2月30日} is unreadable: it is reported, never guessed.
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
    int year = number(4, 4);
    if (year < 0 || !separator('年')) {
      return Optional.empty();
    }
    int month = number(1, 2);
    if (month < 0 || !separator('月')) {
      return Optional.empty();
    }
    int day = number(1, 2);
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
