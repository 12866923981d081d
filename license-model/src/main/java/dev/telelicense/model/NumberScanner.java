package dev.telelicense.model;

import dev.telelicense.model.LicenseNumberFormatException.Reason;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one number from a {@link NumberText}: which form it is (ICP licence or filing, an item of the
 * old catalogue, categories) and that form's body, with the checks the form asks for (catalogue order
 * of categories, a plausible year). The characters themselves are read by a {@link NumberCursor}; a
 * failure is refused as {@link NumberRefusal} says, {@link NumberRefusal#MISS} in find mode.
 */
final class NumberScanner {
  /** The catalogue order of the categories a number may print. */
  private static final List<String> CATEGORIES = List.of("A1", "A2", "B1", "B2");
  private static final int EARLIEST_YEAR = 1990;

  private final NumberText t;
  private final NumberRefusal refusal;
  private final NumberCursor c;
  private final int latestYear;

  NumberScanner(CharSequence input, NumberText text, boolean find, int latestYear) {
    this.t = text;
    this.refusal = new NumberRefusal(input, text, find);
    this.c = new NumberCursor(text, refusal);
    this.latestYear = latestYear;
  }

  /** The whole text as one number (parse mode). */
  LicenseNumber whole() {
    if (c.atEnd()) {
      throw c.fail(Reason.EMPTY, "", "", "");
    }
    refuseOtherRegistrations();
    LicenseNumber n = number();
    if (!c.atEnd()) {
      throw c.fail(Reason.TRAILING_TEXT, c.found(c.pos(), c.pos() + 10), "", "");
    }
    return n;
  }

  /**
   * A number starting at {@code start} (find mode), or {@link NumberRefusal#MISS}.
   *
   * @return the number; {@link #end()} is where it ends
   */
  LicenseNumber at(int start) {
    c.reset(start);
    return number();
  }

  /** Index after the last character of the number last read, gaps after it left out. */
  int end() {
    return c.end();
  }

  private LicenseNumber number() {
    boolean foreign = false;
    if (c.peek() == '合' && c.next(c.pos() + 1) == '字') {
      foreign = true;
      c.consume(2);
    }
    String prefix = null;
    Province province = null;
    char first = c.peek();
    if (first != 0 && !NumberText.isLetter(first)) {
      prefix = String.valueOf(first);
      province = Provinces.of(first);
      if (province == null) {
        throw c.fail(Reason.UNKNOWN_PROVINCE, c.found(c.pos(), c.pos() + 1), "", "");
      }
      c.consume(1);
    }
    c.skipGaps();
    if (province != null && !foreign && c.startsWith("ICP")) {
      return icp(prefix, province);
    }
    if (c.peek() == 'B' && province != null && !foreign && c.next(c.pos() + 1) == '-') {
      return item(prefix, province);
    }
    return categoryForm(prefix, province, foreign);
  }

  private LicenseNumber icp(String prefix, Province province) {
    c.consume(3);
    char kind = c.peek();
    if (kind != '证' && kind != '备') {
      throw c.fail(Reason.MISSING_SEPARATOR, "", "expected 证 or 备 after ICP", "");
    }
    c.consume(1);
    boolean filing = kind == '备';
    String digits = c.digits(6, filing ? 10 : 6);
    if (c.peek() != '号') {
      throw c.fail(Reason.MISSING_SEPARATOR, "", "expected 号 after the digits", "");
    }
    c.consume(1);
    String site = c.site();
    Character siteType = filing && site != null ? c.siteType() : null;
    return new LicenseNumber(filing ? NumberForm.ICP_FILING : NumberForm.ICP_LICENSE, prefix, province, false,
        List.of(), digits, null, site, siteType);
  }

  /** {@code 辽B-2-4-20080039}: B, the category's digit and an item of the old catalogue, dashed. */
  private LicenseNumber item(String prefix, Province province) {
    int start = c.pos();
    c.consume(2);
    char category = c.peek();
    if (category != '1' && category != '2') {
      throw c.failAt(start, Reason.UNKNOWN_CATEGORY, c.found(start, start + 3), "", "");
    }
    c.consume(1);
    c.dash("expected '-' after the category");
    char item = c.peek();
    if (item < '1' || item > '9') {
      throw c.fail(Reason.EXPECTED_DIGIT, c.found(c.pos(), c.pos() + 1), "an item of the catalogue", "");
    }
    c.consume(1);
    c.dash("expected '-' before the digits");
    int digitsStart = c.pos();
    String digits = c.digits(8, 8);
    checkYear(digitsStart, digits);
    String site = c.site();
    c.hao();
    return new LicenseNumber(NumberForm.ITEM, prefix, province, false, List.of("B" + category), digits, item,
        site, null);
  }

  private LicenseNumber categoryForm(@Nullable String prefix, @Nullable Province province, boolean foreign) {
    List<String> categories = categories();
    c.dash("expected '-' before the digits");
    c.skipGaps();
    int start = c.pos();
    String digits = c.digits(4, 8, "8");
    if (digits.length() == 4 && prefix == null && !foreign && categories.size() == 1 && c.peek() == '-') {
      // B2-2004-0851号: MIIT's early form, the year and the serial dashed apart.
      checkYear(start, digits);
      c.consume(1);
      String serial = c.digits(4, 4);
      c.hao();
      return new LicenseNumber(NumberForm.HISTORIC, null, null, false, categories, digits + serial, null, null, null);
    }
    if (digits.length() != 8) {
      throw c.failAt(start, Reason.WRONG_DIGIT_COUNT, "", digits.length() + " digits, expected 8", "");
    }
    checkYear(start, digits);
    String site = c.site();
    c.hao();
    return new LicenseNumber(NumberForm.CATEGORY, prefix, province, foreign, categories, digits, null, site, null);
  }

  /** {@code A2.B1}: one category or several joined by dots, each once and in catalogue order. */
  private List<String> categories() {
    List<String> categories = new ArrayList<>(4);
    int lastOrder = -1;
    while (true) {
      int start = c.pos();
      char letter = c.peek();
      int order = order(letter, c.next(c.pos() + 1));
      if (order < 0) {
        throw c.fail(Reason.UNKNOWN_CATEGORY, c.found(start, start + 2),
            letter == 0 ? "none given" : "", refusal.categoryHint(start, letter));
      }
      if (order == lastOrder || categories.contains(CATEGORIES.get(order))) {
        throw c.fail(Reason.REPEATED_CATEGORY, c.found(start, start + 2), "", "");
      }
      if (order < lastOrder) {
        throw c.fail(Reason.CATEGORIES_OUT_OF_ORDER, c.found(start, start + 2),
            "catalogue order is A1, A2, B1, B2", "");
      }
      lastOrder = order;
      categories.add(CATEGORIES.get(order));
      c.consume(2);
      if (c.peek() != '.') {
        return categories;
      }
      c.consume(1);
    }
  }

  private void checkYear(int start, String digits) {
    int year = Integer.parseInt(digits.substring(0, 4));
    if (year < EARLIEST_YEAR || year > latestYear) {
      throw c.failAt(start, Reason.INVALID_YEAR, digits.substring(0, 4),
          year < EARLIEST_YEAR ? "before " + EARLIEST_YEAR : "after the latest plausible year " + latestYear, "");
    }
  }

  /** 公网安备, 网文 and 统一社会信用代码 are named as what they are (parse mode only). */
  private void refuseOtherRegistrations() {
    OtherRegistrations.Found other = OtherRegistrations.find(c.text(0, t.length()));
    if (other != null) {
      throw c.failAt(other.index(), other.reason(), "", "", "");
    }
  }

  /** The category's place in catalogue order (A1, A2, B1, B2), or -1. */
  private static int order(char letter, char digit) {
    if ((letter != 'A' && letter != 'B') || (digit != '1' && digit != '2')) {
      return -1;
    }
    return (letter - 'A') * 2 + (digit - '1');
  }
}
