package dev.telelicense.model;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * 经营许可证编号 — a licence number such as {@code 京B2-20190486}, {@code 京ICP证150746号} or
 * {@code B1.B2-20090108}, or an ICP filing number (备案号) such as {@code 京ICP备11041704号}, which is
 * not a licence.
 *
 * <p>{@link #parse(CharSequence)} accepts full-width letters, digits and dashes, whitespace inside the
 * number ({@code 京 ICP 证 110745 号}), 號 for 号 and a trailing 号, and two historic forms still printed:
 * the MIIT form {@code B2-2004-0851号} and the provincial form {@code 辽B-2-4-20080039}.
 * {@link #toString()} gives the canonical half-width form that {@code parse} reads back. The province
 * prefix is kept as printed ({@code 蜀ICP备…} stays 蜀, it is the official prefix), while
 * {@link #issuer()} reports the canonical abbreviation. {@link #findAll(CharSequence)} finds numbers
 * in any text, web pages included.
 *
 * <p>Immutable and thread-safe.
 */
public final class LicenseNumber {

  /** Whether the number is a licence or a filing. */
  public enum Kind {
    /** 经营许可证 — a value-added telecom operating licence. */
    LICENSE,
    /** ICP备案 — a website filing; not a licence. */
    FILING
  }

  /** The issuer of cross-regional numbers: 工业和信息化部. */
  public static final String MIIT = "MIIT";

  /** The latest year {@link #parse(CharSequence)} accepts when no latest plausible year is given. */
  static final int LATEST_YEAR = 2099;

  private final NumberForm form;
  @Nullable private final String prefix;
  @Nullable private final Province province;
  private final boolean foreignInvested;
  private final List<String> categories;
  private final String digits;
  @Nullable private final Character item;
  @Nullable private final String site;
  @Nullable private final Character siteType;
  /** {@link #toString()}, worked out once: equality, hashing and every writer use it. */
  private final String canonical;

  LicenseNumber(NumberForm form, @Nullable String prefix, @Nullable Province province, boolean foreignInvested,
      List<String> categories, String digits, @Nullable Character item, @Nullable String site,
      @Nullable Character siteType) {
    this.form = form;
    this.prefix = prefix;
    this.province = province;
    this.foreignInvested = foreignInvested;
    this.categories = List.copyOf(categories);
    this.digits = digits;
    this.item = item;
    this.site = site;
    this.siteType = siteType;
    this.canonical = canonicalForm();
  }

  /**
   * Reads a licence or filing number, with years up to 2099.
   *
   * @param text the number alone, whitespace around and inside it allowed
   * @return the number
   * @throws LicenseNumberFormatException with the reason and index where the text stops being a number
   * @throws NullPointerException if {@code text} is null
   */
  public static LicenseNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new NumberScanner(text, NumberText.plain(text), false, LATEST_YEAR).whole();
  }

  /**
   * Reads a licence or filing number whose year is no later than {@code latestPlausibleYear}; the
   * library never reads the clock, so pass the current year to refuse {@code 京B2-20990286} today.
   *
   * @param text the number alone, whitespace around and inside it allowed
   * @param latestPlausibleYear the latest year of issue accepted
   * @return the number
   * @throws LicenseNumberFormatException with the reason and index where the text stops being a number
   * @throws NullPointerException if an argument is null
   */
  public static LicenseNumber parse(CharSequence text, Year latestPlausibleYear) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(latestPlausibleYear, "latestPlausibleYear");
    return new NumberScanner(text, NumberText.plain(text), false, latestPlausibleYear.getValue()).whole();
  }

  /**
   * Every licence and filing number in a text, in order, each with its position: a footer, a register
   * line or an HTML page (tags and character references between the parts of a number are read
   * through). Labels may be glued on ({@code ICP证：粤B2-20230674号}); 公网安备, 网文 and other
   * registrations are skipped. Linear in the length of the text.
   *
   * @param text any text
   * @return the numbers found, possibly none
   * @throws NullPointerException if {@code text} is null
   */
  public static List<LicenseNumberMatch> findAll(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return NumberFinder.findAll(text, LATEST_YEAR);
  }

  /**
   * {@link #findAll(CharSequence)} with years up to {@code latestPlausibleYear}.
   *
   * @param text any text
   * @param latestPlausibleYear the latest year of issue accepted
   * @return the numbers found, possibly none
   * @throws NullPointerException if an argument is null
   */
  public static List<LicenseNumberMatch> findAll(CharSequence text, Year latestPlausibleYear) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(latestPlausibleYear, "latestPlausibleYear");
    return NumberFinder.findAll(text, latestPlausibleYear.getValue());
  }

  /**
   * Whether this is a licence or a filing.
   *
   * @return {@link Kind#LICENSE} or {@link Kind#FILING}
   */
  public Kind kind() {
    return form == NumberForm.ICP_FILING ? Kind.FILING : Kind.LICENSE;
  }

  /**
   * Whether this is an ICP form rather than a category form such as {@code 京B2-…}.
   *
   * @return true for {@code 京ICP证…号} and {@code 京ICP备…号}
   */
  public boolean isIcp() {
    return form.isIcp();
  }

  /**
   * The issuing province.
   *
   * @return the province, empty for a cross-regional number issued by MIIT
   */
  public Optional<Province> province() {
    return Optional.ofNullable(province);
  }

  /**
   * Who issued the number.
   *
   * @return the canonical province abbreviation ({@code 蜀} reports {@code 川}), or {@link #MIIT}
   */
  public String issuer() {
    return province == null ? MIIT : province.abbreviation();
  }

  /**
   * The licensed region.
   *
   * @return the province's full name, or {@link Province#NATIONWIDE} for MIIT
   */
  public String region() {
    return province == null ? Province.NATIONWIDE : province.fullName();
  }

  /**
   * 合字 — issued to a foreign-invested enterprise.
   *
   * @return whether the number starts with 合字
   */
  public boolean isForeignInvested() {
    return foreignInvested;
  }

  /**
   * The service categories printed in the number, in catalogue order.
   *
   * @return e.g. {@code [B1, B2]}; {@code [B2]} for {@code 辽B-2-4-…}; empty for ICP forms
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * The year of issue printed in a category form.
   *
   * @return {@code 2019} of {@code 京B2-20190486}, {@code 2004} of {@code B2-2004-0851}; empty for ICP
   *     forms, whose serials carry no year that any published rule explains
   */
  public OptionalInt year() {
    return isIcp() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits.substring(0, 4)));
  }

  /**
   * The serial with its leading zeros.
   *
   * @return {@code 0486} of {@code 京B2-20190486}, {@code 150746} of an ICP licence
   */
  public String serial() {
    return isIcp() ? digits : digits.substring(4);
  }

  /**
   * The site suffix.
   *
   * @return {@code 111} of {@code 粤B2-20090059-111}, if printed
   */
  public Optional<String> site() {
    return Optional.ofNullable(site);
  }

  /**
   * For filings, the kind of site after the site suffix.
   *
   * @return {@code A} (an app) or {@code X} (a mini-program), if printed
   */
  public Optional<Character> siteType() {
    return Optional.ofNullable(siteType);
  }

  /**
   * The same number without its site suffix.
   *
   * @return the licence or filing the site belongs to
   */
  public LicenseNumber withoutSite() {
    return site == null ? this
        : new LicenseNumber(form, prefix, province, foreignInvested, categories, digits, item, null, null);
  }

  /**
   * Whether two printings name one licence (or filing): {@code A2.B1.B2-20202637} and
   * {@code B1.B2-20202637}, {@code 粤B2-20090059} and {@code 粤B2-20090059-111}, {@code 蜀ICP备…} and
   * {@code 川ICP备…}. The issuer, 合字, the form (category, ICP licence, filing, or one of the historic
   * forms), year and serial must agree; the categories printed and site suffixes may differ. A
   * historic form and a modern one with the same digits are not taken for one licence: no published
   * rule says they are.
   *
   * @param other another number
   * @return whether both name the same licence or filing
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isSameLicense(LicenseNumber other) {
    Objects.requireNonNull(other, "other");
    return form == other.form && province == other.province && foreignInvested == other.foreignInvested
        && digits.equals(other.digits) && Objects.equals(item, other.item);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LicenseNumber licenseNumber && canonical.equals(licenseNumber.canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * The canonical half-width form.
   *
   * @return e.g. {@code 京B2-20190486}, {@code 京ICP证030173号-1}, {@code B2-2004-0851}
   */
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
    form.print(b, categories, digits, item);
    if (site != null) {
      b.append('-').append(site);
    }
    if (siteType != null) {
      b.append(siteType.charValue());
    }
    return b.toString();
  }
}
