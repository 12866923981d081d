package dev.telelicense.io.text;

import dev.telelicense.io.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 正文 — reads the main page's single-valued fields: 公司名称, 法定代表人, 发证日期 and 有效期至 (or
 * 有效期限至, or the end of a range {@code 有效期：X至Y}). The number is {@link NumberReader}'s, the grants
 * {@link GrantClauseReader}'s.
 */
final class MainPageReader {
  private final Part main;
  private final DiagnosticSink sink;

  MainPageReader(Part main, DiagnosticSink sink) {
    this.main = main;
    this.sink = sink;
  }

  Part.@Nullable Field licensee() {
    return nonBlank(main.find(Labels.LICENSEE));
  }

  Optional<String> legalRepresentative() {
    Part.Field f = nonBlank(main.find(Labels.LEGAL_REPRESENTATIVE));
    if (f == null) {
      sink.report(DiagnosticCode.FIELD_MISSING, 0, "legalRepresentative",
          "no legal representative (法定代表人) printed");
      return Optional.empty();
    }
    return Optional.of(f.value());
  }

  Optional<LocalDate> issuedOn() {
    return date("issuedOn", Labels.ISSUED_ON, main.find(Labels.ISSUED_ON));
  }

  /**
   * 有效期至, or the longer 有效期限至, whichever comes first; without either, the end of a range
   * {@code 有效期：X至Y} or {@code 有效期限：自X至Y止}.
   */
  Optional<LocalDate> validUntil() {
    Part.Field shortForm = main.find(Labels.VALID_UNTIL);
    Part.Field longForm = main.find(Labels.VALID_UNTIL_LONG);
    if (longForm != null && (shortForm == null || longForm.line() < shortForm.line())) {
      return date("validUntil", Labels.VALID_UNTIL_LONG, longForm);
    }
    if (shortForm == null) {
      // 有效期限 first: 有效期 would read 有效期限：… as the value 限：….
      Part.Field range = main.find(Labels.VALIDITY_LONG);
      String label = Labels.VALIDITY_LONG;
      if (range == null) {
        range = main.find(Labels.VALIDITY);
        label = Labels.VALIDITY;
      }
      if (range != null && !range.value().isEmpty()) {
        return rangeEnd(label, range);
      }
    }
    return date("validUntil", Labels.VALID_UNTIL, shortForm);
  }

  /**
   * The end of a validity range: the date after {@code 至}, a closing {@code 止} dropped. The start is
   * not kept (the licence's own date is 发证日期), and a validity printed without an end, as a term
   * ({@code 五年}), is no date: the model's 有效期至 is never worked out from it.
   */
  private Optional<LocalDate> rangeEnd(String label, Part.Field range) {
    String value = range.value();
    int to = value.lastIndexOf('至');
    if (to < 0) {
      sink.report(DiagnosticCode.DATE_UNREADABLE, range.line(), "validUntil",
          "no date for validUntil: the validity (" + label + ") gives no end (…至…): " + Texts.quote(value));
      return Optional.empty();
    }
    String end = Cjk.strip(value.substring(to + 1));
    if (end.endsWith("止")) {
      end = Cjk.strip(end.substring(0, end.length() - 1));
    }
    return date("validUntil", label + "…至", new Part.Field(end, range.line(), range.index()));
  }

  private Optional<LocalDate> date(String field, String label, Part.@Nullable Field f) {
    if (f == null || f.value().isEmpty()) {
      sink.report(DiagnosticCode.FIELD_MISSING, f == null ? 0 : f.line(), field,
          "no date printed for " + field + " (" + label + ")");
      return Optional.empty();
    }
    Optional<LocalDate> date = DateReader.read(f.value());
    if (date.isEmpty()) {
      sink.report(DiagnosticCode.DATE_UNREADABLE, f.line(), field,
          "unreadable date for " + field + " (" + label + "): " + Texts.quote(f.value()));
    }
    return date;
  }

  private static Part.@Nullable Field nonBlank(Part.@Nullable Field f) {
    return f == null || f.value().isEmpty() ? null : f;
  }
}
