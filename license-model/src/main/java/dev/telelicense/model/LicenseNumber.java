package dev.telelicense.model;

import dev.telelicense.model.LicenseNumberFormatException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.Nullable;
import javax.annotation.concurrent.Immutable;

/**
 * 经营许可证编号 — a licence number such as {@code 京B2-20190486}, {@code 京ICP证150746号} or
 * {@code B1.B2-20090108}, or an ICP filing number (备案号) such as {@code 京ICP备11041704号}, which is
 * not a licence.
 *
 * <p>{@link #parse(CharSequence)} accepts full-width letters, digits and dashes and a trailing 号;
 * {@link #toString()} gives the canonical half-width form that {@code parse} reads back. The province
 * prefix is kept as printed ({@code 蜀ICP备…} stays 蜀, it is the official prefix), while
 * {@link #issuer()} reports the canonical abbreviation.
 */
@Immutable
public final class LicenseNumber {

  /** Whether the number is a licence or a filing. */
  public enum Kind {
    /** 经营许可证 — a value-added telecom operating licence. */
    LICENSE,
    /** ICP备案 — a website filing; not a licence. */
    FILING
  }

  /** The three printed shapes of a number. */
  private enum Form { CATEGORY, ICP_LICENSE, ICP_FILING }

  /** The issuer of cross-regional numbers: 工业和信息化部. */
  public static final String MIIT = "MIIT";

  private static final List<String> CATEGORIES = List.of("A1", "A2", "B1", "B2");

  private final Form form;
  @Nullable private final String prefix;
  @Nullable private final Province province;
  private final boolean foreignInvested;
  private final List<String> categories;
  private final String digits;
  @Nullable private final String site;
  @Nullable private final Character siteType;
  /** {@link #toString()}, worked out once: equality, hashing and every writer use it. */
  private final String canonical;

  private LicenseNumber(Form form, @Nullable String prefix, @Nullable Province province,
      boolean foreignInvested, List<String> categories, String digits, @Nullable String site,
      @Nullable Character siteType) {
    this.form = form;
    this.prefix = prefix;
    this.province = province;
    this.foreignInvested = foreignInvested;
    this.categories = List.copyOf(categories);
    this.digits = digits;
    this.site = site;
    this.siteType = siteType;
    this.canonical = canonicalForm();
  }

  /**
   * Reads a licence or filing number.
   *
   * @throws LicenseNumberFormatException with the reason and index where the text stops being a number
   * @throws NullPointerException if {@code text} is null
   */
  public static LicenseNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new Scanner(text).number();
  }

  /** {@link Kind#LICENSE} or {@link Kind#FILING}. */
  public Kind kind() {
    return form == Form.ICP_FILING ? Kind.FILING : Kind.LICENSE;
  }

  /** Whether this is an ICP form ({@code 京ICP证…号} or {@code 京ICP备…号}) rather than {@code 京B2-…}. */
  public boolean isIcp() {
    return form != Form.CATEGORY;
  }

  /** The issuing province, empty for a cross-regional number issued by MIIT. */
  public Optional<Province> province() {
    return Optional.ofNullable(province);
  }

  /** The canonical province abbreviation ({@code 蜀} reports {@code 川}), or {@link #MIIT}. */
  public String issuer() {
    return province == null ? MIIT : province.abbreviation();
  }

  /** The licensed region: the province's full name, or {@link Province#NATIONWIDE} for MIIT. */
  public String region() {
    return province == null ? Province.NATIONWIDE : province.fullName();
  }

  /** 合字 — issued to a foreign-invested enterprise. */
  public boolean isForeignInvested() {
    return foreignInvested;
  }

  /** The service categories printed in the number ({@code B1}, {@code B2}); empty for ICP forms. */
  public List<String> categories() {
    return categories;
  }

  /** The year of issue in a {@code Bx-YYYYNNNN} number; empty for ICP forms, which do not print it. */
  public OptionalInt year() {
    return form == Form.CATEGORY ? OptionalInt.of(Integer.parseInt(digits.substring(0, 4)))
        : OptionalInt.empty();
  }

  /** The serial with its leading zeros: {@code 0486} of {@code 京B2-20190486}, {@code 150746} of an ICP licence. */
  public String serial() {
    return form == Form.CATEGORY ? digits.substring(4) : digits;
  }

  /** The site suffix, {@code 111} of {@code 粤B2-20090059-111}. */
  public Optional<String> site() {
    return Optional.ofNullable(site);
  }

  /** For filings, {@code A} (an app) or {@code X} (a mini-program) after the site suffix. */
  public Optional<Character> siteType() {
    return Optional.ofNullable(siteType);
  }

  /** The same number without its site suffix: the licence or filing the site belongs to. */
  public LicenseNumber withoutSite() {
    return site == null ? this
        : new LicenseNumber(form, prefix, province, foreignInvested, categories, digits, null, null);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LicenseNumber && canonical.equals(((LicenseNumber) o).canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /** The canonical half-width form, e.g. {@code 京B2-20190486}, {@code 京ICP证030173号-1}. */
  @Override
  public String toString() {
    return canonical;
  }

  private String canonicalForm() {
    StringBuilder b = new StringBuilder(24);
    if (foreignInvested) {
      b.append("合字");
    }
    if (prefix != null) {
      b.append(prefix);
    }
    switch (form) {
      case CATEGORY:
        b.append(String.join(".", categories)).append('-').append(digits);
        break;
      case ICP_LICENSE:
        b.append("ICP证").append(digits).append('号');
        break;
      default:
        b.append("ICP备").append(digits).append('号');
        break;
    }
    if (site != null) {
      b.append('-').append(site);
    }
    if (siteType != null) {
      b.append(siteType.charValue());
    }
    return b.toString();
  }

  /** A single-pass scanner: no regular expressions, so no input can make it backtrack. */
  private static final class Scanner {
    private final CharSequence input;
    private final String text;
    private int pos;

    Scanner(CharSequence input) {
      this.input = input;
      this.text = halfWidth(input);
    }

    LicenseNumber number() {
      skipSpaces();
      if (pos == text.length()) {
        throw fail(Reason.EMPTY, "");
      }
      boolean foreign = text.startsWith("合字", pos);
      if (foreign) {
        pos += 2;
      }
      String prefix = null;
      Province province = null;
      char c = peek();
      if (c != 0 && !Scanner.isLetter(c)) {
        prefix = String.valueOf(c);
        province = Province.ofAbbreviation(prefix)
            .orElseThrow(() -> fail(Reason.UNKNOWN_PROVINCE, "'" + peek() + "'"));
        pos++;
      }
      LicenseNumber n;
      if (text.startsWith("ICP", pos) && province != null && !foreign) {
        n = icp(prefix, province);
      } else {
        n = categoryForm(prefix, province, foreign);
      }
      skipSpaces();
      if (pos < text.length()) {
        throw fail(Reason.TRAILING_TEXT, "'" + text.substring(pos, Math.min(text.length(), pos + 10)) + "'");
      }
      return n;
    }

    private LicenseNumber icp(String prefix, Province province) {
      pos += 3;
      char kind = peek();
      if (kind != '证' && kind != '备') {
        throw fail(Reason.MISSING_SEPARATOR, "expected 证 or 备 after ICP");
      }
      pos++;
      boolean filing = kind == '备';
      String digits = digits(filing ? 6 : 6, filing ? 10 : 6);
      if (peek() != '号') {
        throw fail(Reason.MISSING_SEPARATOR, "expected 号 after the digits");
      }
      pos++;
      String site = null;
      Character siteType = null;
      if (peek() == '-') {
        pos++;
        site = siteDigits();
        if (filing && (peek() == 'A' || peek() == 'X')) {
          siteType = peek();
          pos++;
        }
      }
      return new LicenseNumber(filing ? Form.ICP_FILING : Form.ICP_LICENSE, prefix, province, false,
          List.of(), digits, site, siteType);
    }

    private LicenseNumber categoryForm(String prefix, Province province, boolean foreign) {
      List<String> categories = new ArrayList<>(3);
      while (true) {
        int start = pos;
        char letter = peek();
        char digit = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        String category = "" + letter + digit;
        if (!CATEGORIES.contains(category)) {
          pos = start;
          throw fail(Reason.UNKNOWN_CATEGORY, category.trim().isEmpty() || letter == 0 ? "none given"
              : "'" + text.substring(start, Math.min(text.length(), start + 2)) + "'");
        }
        categories.add(category);
        pos += 2;
        if (peek() != '.') {
          break;
        }
        pos++;
      }
      if (peek() != '-') {
        throw fail(Reason.MISSING_SEPARATOR, "expected '-' before the digits");
      }
      pos++;
      int start = pos;
      String digits = digits(8, 8);
      int year = Integer.parseInt(digits.substring(0, 4));
      if (year < 1990 || year > 2099) {
        pos = start;
        throw fail(Reason.INVALID_YEAR, String.valueOf(year));
      }
      String site = null;
      if (peek() == '-') {
        pos++;
        site = siteDigits();
      }
      if (peek() == '号') {
        pos++;
      }
      return new LicenseNumber(Form.CATEGORY, prefix, province, foreign, categories, digits, site, null);
    }

    private String digits(int min, int max) {
      int start = pos;
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
      int count = pos - start;
      if (count < max && pos < text.length() && isLetter(text.charAt(pos))) {
        throw fail(Reason.EXPECTED_DIGIT, "'" + text.charAt(pos) + "'");
      }
      if (count < min || count > max) {
        pos = start;
        throw fail(Reason.WRONG_DIGIT_COUNT, count + " digits, expected "
            + (min == max ? String.valueOf(min) : min + " to " + max));
      }
      return text.substring(start, pos);
    }

    private String siteDigits() {
      int start = pos;
      while (pos < text.length() && isDigit(text.charAt(pos)) && pos - start < 5) {
        pos++;
      }
      if (pos == start || (pos < text.length() && isDigit(text.charAt(pos)))) {
        pos = start;
        throw fail(Reason.INVALID_SITE_SUFFIX, "expected 1 to 5 digits after '-'");
      }
      return text.substring(start, pos);
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private LicenseNumberFormatException fail(Reason reason, String detail) {
      return new LicenseNumberFormatException(reason, detail, input, pos);
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
  }

  /**
   * Maps full-width ASCII (Ａ, ２, －) and the dash look-alikes to half-width and letters to upper case, one char for one char so
   * that indexes into the result are indexes into the input.
   */
  static String halfWidth(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        c = ' ';
      } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
          || c == '\uFE63' || c == '\u2212') {
        c = '-';
      }
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 32);
      }
      out[i] = c;
    }
    return new String(out);
  }
}
