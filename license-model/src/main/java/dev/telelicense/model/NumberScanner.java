package dev.telelicense.model;

import dev.telelicense.model.LicenseNumber.Form;
import dev.telelicense.model.LicenseNumberFormatException.Detail;
import dev.telelicense.model.LicenseNumberFormatException.Reason;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Reads one number from a {@link NumberText}, one character after another and never back more than a
 * token: no regular expressions, so no input can make it backtrack. Whitespace ({@link NumberText#GAP})
 * may stand between any two parts and inside the digits.
 *
 * <p>In find mode a failure is {@link #MISS}, a shared exception without a stack trace: a web page
 * tries a read at every 京 of 北京, and most of them fail.
 */
final class NumberScanner {
  /** The catalogue order of the categories a number may print. */
  private static final List<String> CATEGORIES = List.of("A1", "A2", "B1", "B2");
  private static final int EARLIEST_YEAR = 1990;
  private static final int MAX_SITE_DIGITS = 5;

  /** Thrown in find mode instead of an exception that names the cause: nobody reads it. */
  static final RuntimeException MISS = new RuntimeException("not a number", null, false, false) {
    private static final long serialVersionUID = 1L;
  };

  private final CharSequence input;
  private final NumberText t;
  private final boolean find;
  private final int latestYear;
  private int pos;
  /** Index after the last character read into the number: where it ends, gaps after it left out. */
  private int end;

  NumberScanner(CharSequence input, NumberText text, boolean find, int latestYear) {
    this.input = input;
    this.t = text;
    this.find = find;
    this.latestYear = latestYear;
  }

  /** The whole text as one number (parse mode). */
  LicenseNumber whole() {
    skipGaps();
    if (pos == t.length()) {
      throw fail(Reason.EMPTY, "", "", "");
    }
    refuseOtherRegistrations();
    LicenseNumber n = number();
    skipGaps();
    if (pos < t.length()) {
      throw fail(Reason.TRAILING_TEXT, found(pos, Math.min(t.length(), pos + 10)), "", "");
    }
    return n;
  }

  /**
   * A number starting at {@code start} (find mode), or {@link #MISS}.
   *
   * @return the number; {@link #end()} is where it ends
   */
  LicenseNumber at(int start) {
    pos = start;
    end = start;
    return number();
  }

  int end() {
    return end;
  }

  private LicenseNumber number() {
    boolean foreign = false;
    if (peek() == '合' && next(pos + 1) == '字') {
      foreign = true;
      consume(2);
    }
    String prefix = null;
    Province province = null;
    char c = peek();
    if (c != 0 && !isLetter(c)) {
      prefix = String.valueOf(c);
      province = Provinces.of(c);
      if (province == null) {
        throw fail(Reason.UNKNOWN_PROVINCE, found(pos, pos + 1), "", "");
      }
      consume(1);
    }
    skipGaps();
    if (province != null && !foreign && startsWith("ICP")) {
      return icp(prefix, province);
    }
    if (peek() == 'B' && province != null && !foreign && next(pos + 1) == '-') {
      return item(prefix, province);
    }
    return categoryForm(prefix, province, foreign);
  }

  private LicenseNumber icp(String prefix, Province province) {
    consume(3);
    char kind = peek();
    if (kind != '证' && kind != '备') {
      throw fail(Reason.MISSING_SEPARATOR, "", "expected 证 or 备 after ICP", "");
    }
    consume(1);
    boolean filing = kind == '备';
    String digits = digits(6, filing ? 10 : 6);
    if (peek() != '号') {
      throw fail(Reason.MISSING_SEPARATOR, "", "expected 号 after the digits", "");
    }
    consume(1);
    String site = site();
    Character siteType = null;
    // The app or mini-program letter sits right after the suffix, never after a space.
    if (filing && site != null && end < t.length() && (t.charAt(end) == 'A' || t.charAt(end) == 'X')) {
      siteType = t.charAt(end);
      pos = end;
      consume(1);
    }
    return new LicenseNumber(filing ? Form.ICP_FILING : Form.ICP_LICENSE, prefix, province, false,
        List.of(), digits, null, site, siteType);
  }

  /** {@code 辽B-2-4-20080039}: B, the category's digit and an item of the old catalogue, dashed. */
  private LicenseNumber item(String prefix, Province province) {
    int start = pos;
    consume(1);
    consume(1);
    char category = peek();
    if (category != '1' && category != '2') {
      pos = start;
      throw fail(Reason.UNKNOWN_CATEGORY, found(start, Math.min(t.length(), start + 3)), "", "");
    }
    consume(1);
    dash("expected '-' after the category");
    char item = peek();
    if (item < '1' || item > '9') {
      throw fail(Reason.EXPECTED_DIGIT, found(pos, Math.min(t.length(), pos + 1)), "an item of the catalogue", "");
    }
    consume(1);
    dash("expected '-' before the digits");
    String digits = datedDigits();
    String site = site();
    hao();
    return new LicenseNumber(Form.ITEM, prefix, province, false, List.of("B" + category), digits, item,
        site, null);
  }

  private LicenseNumber categoryForm(@Nullable String prefix, @Nullable Province province, boolean foreign) {
    List<String> categories = new ArrayList<>(4);
    int lastOrder = -1;
    while (true) {
      int start = pos;
      char letter = peek();
      char digit = next(pos + 1);
      int order = order(letter, digit);
      if (order < 0) {
        throw fail(Reason.UNKNOWN_CATEGORY, found(start, Math.min(t.length(), start + 2)),
            letter == 0 ? "none given" : "", categoryHint(start, letter));
      }
      if (order == lastOrder || categories.contains(CATEGORIES.get(order))) {
        throw fail(Reason.REPEATED_CATEGORY, found(start, start + 2), "", "");
      }
      if (order < lastOrder) {
        throw fail(Reason.CATEGORIES_OUT_OF_ORDER, found(start, start + 2),
            "catalogue order is A1, A2, B1, B2", "");
      }
      lastOrder = order;
      categories.add(CATEGORIES.get(order));
      consume(2);
      if (peek() != '.') {
        break;
      }
      consume(1);
    }
    dash("expected '-' before the digits");
    skipGaps();
    int start = pos;
    String digits = digits(4, 8, "8");
    if (digits.length() == 4 && prefix == null && !foreign && categories.size() == 1 && peek() == '-') {
      // B2-2004-0851号: MIIT's early form, the year and the serial dashed apart.
      checkYear(start, digits);
      consume(1);
      String serial = digits(4, 4);
      hao();
      return new LicenseNumber(Form.HISTORIC, null, null, false, categories, digits + serial, null, null, null);
    }
    if (digits.length() != 8) {
      pos = start;
      throw fail(Reason.WRONG_DIGIT_COUNT, "", digits.length() + " digits, expected 8", "");
    }
    checkYear(start, digits);
    String site = site();
    hao();
    return new LicenseNumber(Form.CATEGORY, prefix, province, foreign, categories, digits, null, site, null);
  }

  private String datedDigits() {
    int start = pos;
    String digits = digits(8, 8);
    checkYear(start, digits);
    return digits;
  }

  private void checkYear(int start, String digits) {
    int year = Integer.parseInt(digits.substring(0, 4));
    if (year < EARLIEST_YEAR || year > latestYear) {
      pos = start;
      throw fail(Reason.INVALID_YEAR, digits.substring(0, 4),
          year < EARLIEST_YEAR ? "before " + EARLIEST_YEAR : "after the latest plausible year " + latestYear, "");
    }
  }

  /** Between {@code min} and {@code max} digits; a gap may separate them, never end a full run. */
  private String digits(int min, int max) {
    return digits(min, max, min == max ? String.valueOf(min) : min + " to " + max);
  }

  private String digits(int min, int max, String expected) {
    skipGaps();
    int start = pos;
    StringBuilder b = new StringBuilder(max + 1);
    while (pos < t.length() && b.length() <= max) {
      char c = t.charAt(pos);
      if (isDigit(c)) {
        b.append(c);
        pos++;
        end = pos;
      } else if (c == NumberText.GAP && b.length() > 0 && b.length() < max && isDigit(next(pos + 1))) {
        pos++;
      } else {
        break;
      }
    }
    int count = b.length();
    if (count < max && isLetter(next(pos))) {
      throw fail(Reason.EXPECTED_DIGIT, found(pos, pos + 1), "", Slips.digit(next(pos)));
    }
    if (count < min || count > max) {
      pos = start;
      throw fail(Reason.WRONG_DIGIT_COUNT, "", find ? "" : (count > max ? "more than " + max : String.valueOf(count))
          + " digits, expected " + expected, "");
    }
    return b.toString();
  }

  /** An optional {@code -N} site suffix; in find mode a dash without one ends the number before it. */
  @Nullable
  private String site() {
    int before = pos;
    int endBefore = end;
    if (peek() != '-') {
      pos = before;
      return null;
    }
    consume(1);
    skipGaps();
    int start = pos;
    while (pos < t.length() && isDigit(t.charAt(pos)) && pos - start < MAX_SITE_DIGITS) {
      pos++;
    }
    if (pos == start || isDigit(next(pos))) {
      if (find) {
        pos = before;
        end = endBefore;
        return null;
      }
      pos = start;
      throw fail(Reason.INVALID_SITE_SUFFIX, "", "expected 1 to " + MAX_SITE_DIGITS + " digits after '-'", "");
    }
    end = pos;
    return text(start, pos);
  }

  private void hao() {
    if (peek() == '号') {
      consume(1);
    }
  }

  private void dash(String expected) {
    if (peek() != '-') {
      throw fail(Reason.MISSING_SEPARATOR, "", expected, "");
    }
    consume(1);
  }

  /** 公网安备, 网文 and 统一社会信用代码 are named as what they are (parse mode only). */
  private void refuseOtherRegistrations() {
    String s = text(0, t.length());
    OtherRegistrations.Found other = OtherRegistrations.find(s);
    if (other != null) {
      pos = other.index();
      throw fail(other.reason(), "", "", "");
    }
  }

  private String categoryHint(int start, char letter) {
    return !find && start + 1 < t.length() ? Slips.category(letter, input.charAt(t.offset(start + 1))) : "";
  }

  /** The next significant character, gaps skipped; 0 at the end. */
  private char peek() {
    skipGaps();
    return next(pos);
  }

  private char next(int i) {
    return i < t.length() ? t.charAt(i) : 0;
  }

  private boolean startsWith(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (next(pos + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void consume(int n) {
    pos += n;
    end = pos;
  }

  private void skipGaps() {
    while (pos < t.length() && t.charAt(pos) == NumberText.GAP) {
      pos++;
    }
  }

  private String text(int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      b.append(t.charAt(i));
    }
    return b.toString();
  }

  /** The input's own characters, as printed, for a message. */
  private String found(int from, int to) {
    return find || from >= to ? "" : input.subSequence(t.offset(from), t.offset(to)).toString();
  }

  private RuntimeException fail(Reason reason, String found, String note, String hint) {
    if (find) {
      return MISS;
    }
    return new LicenseNumberFormatException(new Detail(reason, t.offset(pos), found, note, hint), input);
  }

  /** The category's place in catalogue order (A1, A2, B1, B2), or -1. */
  private static int order(char letter, char digit) {
    if ((letter != 'A' && letter != 'B') || (digit != '1' && digit != '2')) {
      return -1;
    }
    return (letter - 'A') * 2 + (digit - '1');
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
