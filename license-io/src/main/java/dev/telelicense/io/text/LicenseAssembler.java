package dev.telelicense.io.text;

import dev.telelicense.io.ReadResult;
import dev.telelicense.model.CopyNotice;
import dev.telelicense.model.Gap;
import dev.telelicense.model.Grant;
import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.ServiceCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One parse: hands each reader its own part of the {@link TextParts} and assembles the licence from
 * what they read. The readers do not call each other; the appendix's websites are put under the grants
 * here, once both are read.
 */
final class LicenseAssembler {
  private final ServiceCatalog catalog;
  private final DiagnosticSink sink = new DiagnosticSink();

  LicenseAssembler(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  ReadResult<License> read(TextParts parts) {
    CopyNotice copyNotice = CopyNoticeReader.read(parts.stamps(), sink);
    MainPageReader main = new MainPageReader(parts.mainPage(), sink);
    Part.Field licensee = main.licensee();
    if (licensee == null && !NumberReader.isPrinted(parts.numbers())) {
      // Neither of the two things every licence prints: say so once rather than list what is missing.
      sink.report(DiagnosticCode.NOT_A_LICENSE, 0, null,
          "not a licence text: neither a licence number (经营许可证编号) nor a licensee (公司名称) found");
      return result(null);
    }
    LicenseNumber number = NumberReader.read(parts.numbers(), sink);
    if (licensee == null) {
      sink.report(DiagnosticCode.LICENSEE_MISSING, 0, "licensee", "no licensee (公司名称) found");
    }
    if (number == null || licensee == null) {
      return result(null);
    }
    ImmutableLicense.Builder b = License.builder().number(number).licensee(licensee.value())
        .legalRepresentative(main.legalRepresentative());
    dates(b, main);
    b.addAllGrants(grants(parts));
    b.addAllProvisions(ProvisionReader.read(parts.provisions()));
    b.copyNotice(Optional.ofNullable(copyNotice));
    try {
      License license = b.build();
      List<Gap> gaps = Completeness.of(license, parts.endsInPageHeader());
      for (Gap g : gaps) {
        sink.report(DiagnosticCode.valueOf(g.kind().name()), 0,
            g.kind() == Gap.Kind.APPENDIX_MISSING ? "grants" : "provisions", Completeness.describe(g));
      }
      return result(gaps.isEmpty() ? license : ImmutableLicense.copyOf(license).withGaps(gaps));
    } catch (IllegalStateException e) {
      sink.report(DiagnosticCode.INVALID_VALUE, 0, null, "no licence could be built: " + e.getMessage());
      return result(null);
    }
  }

  /** The dates, unless 发证日期 is after 有效期至: then neither can be trusted and both stay absent. */
  private void dates(ImmutableLicense.Builder b, MainPageReader main) {
    Optional<LocalDate> issued = main.issuedOn();
    Optional<LocalDate> until = main.validUntil();
    if (issued.isPresent() && until.isPresent() && issued.get().isAfter(until.get())) {
      sink.report(DiagnosticCode.DATES_OUT_OF_ORDER, 0, "issuedOn",
          "issue date (发证日期) " + issued.get() + " is after the validity (有效期至) " + until.get()
              + "; both left absent");
      return;
    }
    b.issuedOn(issued).validUntil(until);
  }

  private List<Grant> grants(TextParts parts) {
    List<GrantDraft> drafts = new GrantClauseReader(catalog, sink).read(parts.services());
    if (drafts.isEmpty()) {
      sink.report(DiagnosticCode.FIELD_MISSING, 0, "grants", "no granted service (业务种类) found");
    }
    List<AppendixReader.Section> sections = AppendixReader.read(parts.appendix());
    new AppendixMatcher(catalog, sink).attach(sections, drafts);
    List<Grant> grants = new ArrayList<>();
    for (int g = 0; g < drafts.size(); g++) {
      try {
        grants.add(drafts.get(g).build());
      } catch (IllegalStateException e) {
        sink.report(DiagnosticCode.INVALID_VALUE, drafts.get(g).line, "grants[" + g + "]", e.getMessage());
      }
    }
    return grants;
  }

  private ReadResult<License> result(@Nullable License license) {
    return ReadResult.<License>builder().value(Optional.ofNullable(license))
        .addAllDiagnostics(sink.all()).build();
  }
}
