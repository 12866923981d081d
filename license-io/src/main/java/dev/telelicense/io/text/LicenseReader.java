package dev.telelicense.io.text;

import dev.telelicense.io.ReadResult;
import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.CopyNotice;
import dev.telelicense.model.Grant;
import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberFormatException;
import dev.telelicense.model.ServiceCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One parse: runs the readers in the order the parts depend on each other and assembles the licence.
 * The copy notice and page headers are taken first, so that no later reader mistakes their dates and
 * numbers for the licence's own.
 */
final class LicenseReader {
  private final ServiceCatalog catalog;
  private final DiagnosticSink sink = new DiagnosticSink();

  LicenseReader(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  ReadResult<License> read(String text) {
    ScannedText doc = new ScannedText(SideBySideFields.split(LineNormalizer.normalize(text)));
    CopyNotice copyNotice = CopyNoticeReader.read(doc, sink);
    List<NumberReader.Printed> numbers = NumberReader.read(doc);
    doc.locateParts();
    MainPageReader main = new MainPageReader(doc, sink);
    ScannedText.Field licensee = main.licensee();
    if (licensee == null && (numbers.isEmpty() || numbers.get(0).text().isEmpty())) {
      // Neither of the two things every licence prints: say so once rather than list what is missing.
      sink.error(DiagnosticCodes.NOT_A_LICENSE, 0, null,
          "not a licence text: neither a licence number (经营许可证编号) nor a licensee (公司名称) found");
      return result(null);
    }
    LicenseNumber number = number(numbers);
    if (licensee == null) {
      sink.error(DiagnosticCodes.LICENSEE_MISSING, 0, "licensee", "no licensee (公司名称) found");
    }
    if (number == null || licensee == null) {
      return result(null);
    }
    ImmutableLicense.Builder b = License.builder().number(number).licensee(licensee.value())
        .legalRepresentative(main.legalRepresentative());
    dates(b, main);
    b.addAllGrants(grants(doc));
    b.addAllProvisions(ProvisionReader.read(doc, doc.provisionsStart()));
    b.copyNotice(Optional.ofNullable(copyNotice));
    try {
      return result(b.build());
    } catch (IllegalStateException e) {
      sink.error(DiagnosticCodes.INVALID_VALUE, 0, null, "no licence could be built: " + e.getMessage());
      return result(null);
    }
  }

  /** The main page's number, checked against every page header. */
  @Nullable
  private LicenseNumber number(List<NumberReader.Printed> numbers) {
    if (numbers.isEmpty() || numbers.get(0).text().isEmpty()) {
      int line = numbers.isEmpty() ? 0 : numbers.get(0).line();
      sink.error(DiagnosticCodes.NUMBER_MISSING, line, "number", "no licence number (经营许可证编号) found");
      return null;
    }
    NumberReader.Printed main = numbers.get(0);
    LicenseNumber number;
    try {
      number = LicenseNumber.parse(main.text());
    } catch (LicenseNumberFormatException e) {
      sink.error(DiagnosticCodes.NUMBER_UNREADABLE, main.line(), "number",
          "unreadable licence number (经营许可证编号): " + Texts.quote(main.text()) + ": " + e.reason().description());
      return null;
    }
    if (number.kind() == LicenseNumber.Kind.FILING) {
      sink.warning(DiagnosticCodes.NUMBER_IS_FILING, main.line(), "number",
          "'" + number + "' is an ICP filing number (备案号), not a licence number");
    }
    for (NumberReader.Printed header : numbers.subList(1, numbers.size())) {
      // A header printed exactly as the main page's number is the same number: no need to parse it.
      if (!header.text().isEmpty() && !header.text().equals(main.text())
          && !number.equals(parseOrNull(header.text()))) {
        sink.warning(DiagnosticCodes.HEADER_NUMBER_MISMATCH, header.line(), "number",
            "page header number " + Texts.quote(header.text()) + " differs from the main page number '" + number + "'");
      }
    }
    return number;
  }

  @Nullable
  private static LicenseNumber parseOrNull(String text) {
    try {
      return LicenseNumber.parse(text);
    } catch (LicenseNumberFormatException e) {
      return null;
    }
  }

  /** The dates, unless 发证日期 is after 有效期至: then neither can be trusted and both stay absent. */
  private void dates(ImmutableLicense.Builder b, MainPageReader main) {
    Optional<LocalDate> issued = main.issuedOn();
    Optional<LocalDate> until = main.validUntil();
    if (issued.isPresent() && until.isPresent() && issued.get().isAfter(until.get())) {
      sink.error(DiagnosticCodes.DATES_OUT_OF_ORDER, 0, "issuedOn",
          "issue date (发证日期) " + issued.get() + " is after the validity (有效期至) " + until.get()
              + "; both left absent");
      return;
    }
    b.issuedOn(issued).validUntil(until);
  }

  private List<Grant> grants(ScannedText doc) {
    List<GrantDraft> drafts = new GrantClauseReader(catalog, sink).read(doc, doc.mainEnd());
    if (drafts.isEmpty()) {
      sink.warning(DiagnosticCodes.FIELD_MISSING, 0, "grants", "no granted service (业务种类) found");
    }
    List<AppendixReader.Section> sections =
        AppendixReader.read(doc, doc.appendixStart(), doc.provisionsStart());
    new AppendixMatcher(catalog, sink).attach(sections, drafts);
    List<Grant> grants = new ArrayList<>();
    for (int g = 0; g < drafts.size(); g++) {
      try {
        grants.add(drafts.get(g).build());
      } catch (IllegalStateException e) {
        sink.error(DiagnosticCodes.INVALID_VALUE, drafts.get(g).line, "grants[" + g + "]", e.getMessage());
      }
    }
    return grants;
  }

  private ReadResult<License> result(@Nullable License license) {
    return ReadResult.<License>builder().value(Optional.ofNullable(license))
        .addAllDiagnostics(sink.all()).build();
  }
}
