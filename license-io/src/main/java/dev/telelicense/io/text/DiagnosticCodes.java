package dev.telelicense.io.text;

/**
 * The stable codes of the diagnostics {@link LicenseTextParser} reports. Tools may match on them; the
 * messages are for people and may change.
 */
public final class DiagnosticCodes {
  /** ERROR: the text is longer than {@link LicenseTextParser#MAX_CHARS}; nothing was read. */
  public static final String TOO_LARGE = "TOO_LARGE";
  /** ERROR: neither a 经营许可证编号 nor a 公司名称 found: the text is no licence at all. */
  public static final String NOT_A_LICENSE = "NOT_A_LICENSE";
  /** ERROR: no 经营许可证编号 found; no licence. */
  public static final String NUMBER_MISSING = "NUMBER_MISSING";
  /** ERROR: the 经营许可证编号 is not a licence number; no licence. */
  public static final String NUMBER_UNREADABLE = "NUMBER_UNREADABLE";
  /** WARNING: the number is an ICP filing (备案号), not a licence. */
  public static final String NUMBER_IS_FILING = "NUMBER_IS_FILING";
  /** WARNING: a page header repeats another number than the main page. */
  public static final String HEADER_NUMBER_MISMATCH = "HEADER_NUMBER_MISMATCH";
  /** ERROR: no 公司名称 found; no licence. */
  public static final String LICENSEE_MISSING = "LICENSEE_MISSING";
  /** WARNING: a main-page field (法定代表人, 发证日期, 有效期至, 业务种类) is not printed. */
  public static final String FIELD_MISSING = "FIELD_MISSING";
  /** ERROR: a date cannot be read; the field is left absent. */
  public static final String DATE_UNREADABLE = "DATE_UNREADABLE";
  /** ERROR: 发证日期 is after 有效期至; both are left absent. */
  public static final String DATES_OUT_OF_ORDER = "DATES_OUT_OF_ORDER";
  /** WARNING: a granted service is not in the 电信业务分类目录; the grant has no service. */
  public static final String UNKNOWN_SERVICE = "UNKNOWN_SERVICE";
  /** ERROR: the service block names more grants than any licence has; the rest are not read. */
  public static final String TOO_MANY_GRANTS = "TOO_MANY_GRANTS";
  /** ERROR: an appendix website is invalid (bad or missing domain, no name); it is dropped. */
  public static final String WEBSITE_INVALID = "WEBSITE_INVALID";
  /** ERROR: an appendix heading matches no grant; its websites are dropped. */
  public static final String APPENDIX_UNMATCHED = "APPENDIX_UNMATCHED";
  /** ERROR: websites listed before any appendix heading; they are dropped. */
  public static final String WEBSITE_WITHOUT_HEADING = "WEBSITE_WITHOUT_HEADING";
  /** ERROR: a value broke a model invariant; the value is dropped. */
  public static final String INVALID_VALUE = "INVALID_VALUE";

  /** ERROR: the parser itself failed (a bug); no licence. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  private DiagnosticCodes() {}
}
