package dev.telelicense.io.text;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.Severity;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The stable codes of the diagnostics {@link LicenseTextParser} reports, each with its severity. A
 * diagnostic's {@link Diagnostic#code() code} is the constant's {@link #name() name}: tools may match
 * on it; the messages are for people and may change.
 */
public enum DiagnosticCode {
  /** The text is longer than {@link LicenseTextParser#MAX_CHARS}; nothing was read. */
  TOO_LARGE(Severity.ERROR),
  /** Neither a 经营许可证编号 nor a 公司名称 found: the text is no licence at all. */
  NOT_A_LICENSE(Severity.ERROR),
  /** No 经营许可证编号 found; no licence. */
  NUMBER_MISSING(Severity.ERROR),
  /** The 经营许可证编号 is not a licence number; no licence. */
  NUMBER_UNREADABLE(Severity.ERROR),
  /** The number is an ICP filing (备案号), not a licence. */
  NUMBER_IS_FILING(Severity.WARNING),
  /** A page header repeats another number than the main page. */
  HEADER_NUMBER_MISMATCH(Severity.WARNING),
  /** No 公司名称 found; no licence. */
  LICENSEE_MISSING(Severity.ERROR),
  /** A main-page field (法定代表人, 发证日期, 有效期至, 业务种类) is not printed. */
  FIELD_MISSING(Severity.WARNING),
  /** A date cannot be read; the field is left absent. */
  DATE_UNREADABLE(Severity.ERROR),
  /** 发证日期 is after 有效期至; both are left absent. */
  DATES_OUT_OF_ORDER(Severity.ERROR),
  /**
   * A fragment of the service block is neither a service of the 电信业务分类目录 nor a place: it is kept
   * as a grant with no service, and quoted. An error: no rule can judge a grant nobody understood.
   */
  UNKNOWN_SERVICE(Severity.ERROR),
  /** A coverage names something that is no province, city, 自治州, 地区 or 盟; kept as printed. */
  UNKNOWN_PLACE(Severity.ERROR),
  /** A place is printed before any service: a place is never a grant, and this one belongs to none. */
  COVERAGE_WITHOUT_SERVICE(Severity.ERROR),
  /**
   * A coverage gives areas their own items ({@code 上海1直辖市含网站接入，北京…不含网站接入}): every area is
   * kept, and the text as printed, but its 含/不含 are not applied to the whole grant.
   */
  COVERAGE_BY_AREA(Severity.WARNING),
  /** The service block names more grants than any licence has; the rest are not read. */
  TOO_MANY_GRANTS(Severity.ERROR),
  /** An appendix website is invalid (bad or missing domain, no name); it is dropped. */
  WEBSITE_INVALID(Severity.ERROR),
  /** An appendix heading matches no grant; its websites are dropped. */
  APPENDIX_UNMATCHED(Severity.ERROR),
  /** Websites listed before any appendix heading; they are dropped. */
  WEBSITE_WITHOUT_HEADING(Severity.ERROR),
  /** No special provisions (特别规定事项) at all: the licence text is incomplete. */
  PROVISIONS_MISSING(Severity.ERROR),
  /** The provisions' numbering skips (一、二、四…): a page is missing; names the missing numbers. */
  NUMBERING_SKIPS(Severity.ERROR),
  /** The provisions stop before 十四, which every licence carries; names the missing numbers. */
  NUMBERING_STOPS(Severity.ERROR),
  /** A granted B21 or B25 service has no provision of its own, which the known templates print. */
  SERVICE_PROVISION_MISSING(Severity.WARNING),
  /** The last provision or item is cut off: no closing 。, or the text ends in a page header. */
  TEXT_CUT_OFF(Severity.WARNING),
  /** An internet information service grant has no appendix (附页) of websites. */
  APPENDIX_MISSING(Severity.WARNING),
  /** A value broke a model invariant; the value is dropped. */
  INVALID_VALUE(Severity.ERROR),
  /** The parser itself failed (a bug); no licence. */
  INTERNAL_ERROR(Severity.ERROR);

  private final Severity severity;

  DiagnosticCode(Severity severity) {
    this.severity = severity;
  }

  /**
   * How grave a diagnostic with this code is.
   *
   * @return the severity every diagnostic with this code has
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Whether {@code diagnostic} has this code.
   *
   * @param diagnostic a diagnostic of the text parser
   * @return true when its code is this constant's name
   */
  public boolean matches(Diagnostic diagnostic) {
    return diagnostic.code().equals(name());
  }

  /** A diagnostic with this code and severity. */
  Diagnostic diagnostic(int line, @Nullable String field, String message) {
    return Diagnostic.builder().severity(severity).code(name()).line(line)
        .field(Optional.ofNullable(field)).message(message).build();
  }
}
