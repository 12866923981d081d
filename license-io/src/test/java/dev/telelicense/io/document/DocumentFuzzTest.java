package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.telelicense.model.CopyNotice;
import dev.telelicense.model.Grant;
import dev.telelicense.model.ImmutableGrant;
import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.ImmutableProvision;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberFormatException;
import dev.telelicense.model.Provision;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import dev.telelicense.model.Advertisement;
import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.Attestation;
import dev.telelicense.model.ImmutableOperatedWebsite;
import dev.telelicense.model.ImmutableOperatingFacts;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.ImmutableComplianceReport;
import dev.telelicense.rules.ImmutableFinding;
import dev.telelicense.rules.Status;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzzing: generated licences, facts and reports survive write-then-read in both formats; the readers
 * on arbitrary input are fuzzed in {@link ReaderFuzzTest}. Runs the saved inputs by default;
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class DocumentFuzzTest {
  private static final List<DocumentCodec> CODECS =
      List.of(JsonDocuments.standard(), YamlDocuments.standard());
  private static final List<TelecomService> SERVICES = ServiceCatalog.standard().entries();
  private static final List<String> NUMBERS = List.of("京B2-20190486", "京ICP证150746号",
      "B1.B2-20090108", "合字B1.B2-20130004", "粤B2-20090059-111", "京ICP备11041704号", "京ICP证030173号-1");

  @FuzzTest(maxDuration = "30s")
  void generatedLicencesReadBackEqual(FuzzedDataProvider data) {
    License license;
    try {
      license = licence(data);
    } catch (IllegalStateException | LicenseNumberFormatException e) {
      return; // the model refuses it: nothing to write
    }
    for (DocumentCodec codec : CODECS) {
      String doc = codec.writeLicense(license);
      assertEquals(license, codec.readLicense(doc), doc);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void generatedFactsAndReportsReadBackEqual(FuzzedDataProvider data) {
    OperatingFacts facts;
    ComplianceReport report;
    try {
      facts = facts(data);
      report = report(data);
    } catch (IllegalStateException e) {
      return;
    }
    for (DocumentCodec codec : CODECS) {
      String doc = codec.writeFacts(facts);
      assertEquals(facts, codec.readFacts(doc), doc);
      String r = codec.writeReport(report);
      assertEquals(report, codec.readReport(r), r);
    }
  }



  private static License licence(FuzzedDataProvider data) {
    LicenseNumber number = data.consumeBoolean() ? LicenseNumber.parse(data.pickValue(NUMBERS))
        : LicenseNumber.parse(text(data, 24));
    ImmutableLicense.Builder b = License.builder().number(number).licensee(text(data, 30));
    if (data.consumeBoolean()) {
      b.legalRepresentative(text(data, 8));
    }
    if (data.consumeBoolean()) {
      b.issuedOn(date(data));
    }
    if (data.consumeBoolean()) {
      b.validUntil(date(data));
    }
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      b.addGrant(grant(data));
    }
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      b.addProvision(provision(data, 1));
    }
    if (data.consumeBoolean()) {
      dev.telelicense.model.ImmutableCopyNotice.Builder c = CopyNotice.builder().purpose(text(data, 20));
      if (data.consumeBoolean()) {
        c.validUntil(date(data));
      }
      b.copyNotice(c.build());
    }
    return b.build();
  }

  private static Grant grant(FuzzedDataProvider data) {
    ImmutableGrant.Builder g = Grant.builder().name(text(data, 16));
    if (data.consumeBoolean()) {
      g.service(data.pickValue(SERVICES));
    }
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      g.addLimitedTo(text(data, 12));
    }
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      g.addExcluding(text(data, 12));
    }
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      g.addIncluding(text(data, 12));
    }
    if (data.consumeBoolean()) {
      g.addCoverage(text(data, 8));
    }
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      dev.telelicense.model.ImmutableWebsite.Builder w = Website.builder().name(text(data, 12));
      for (int d = data.consumeInt(1, 2); d > 0; d--) {
        w.addDomain(data.consumeBoolean() ? data.pickValue(List.of("etaoche.cn", "www.163.com", "例子.中国"))
            : data.consumeAsciiString(20));
      }
      if (data.consumeBoolean()) {
        w.serverLocation(text(data, 20));
      }
      if (data.consumeBoolean()) {
        w.accessProvider(text(data, 20));
      }
      g.addWebsite(w.build());
    }
    return g.build();
  }

  private static Provision provision(FuzzedDataProvider data, int level) {
    ImmutableProvision.Builder p = Provision.builder().number(data.consumeInt(0, 40))
        .label(text(data, 5)).text(text(data, 60));
    if (data.consumeBoolean()) {
      p.appliesTo(text(data, 10));
    }
    if (level < 3) {
      for (int i = data.consumeInt(0, 2); i > 0; i--) {
        p.addItem(provision(data, level + 1));
      }
    }
    return p.build();
  }

  private static OperatingFacts facts(FuzzedDataProvider data) {
    ImmutableOperatingFacts.Builder b = OperatingFacts.builder();
    if (data.consumeBoolean()) {
      List<String> services = new ArrayList<>();
      for (int i = data.consumeInt(0, 3); i > 0; i--) {
        TelecomService s = data.pickValue(SERVICES);
        services.add(data.consumeBoolean() ? s.key() : s.name());
      }
      b.services(services);
    }
    if (data.consumeBoolean()) {
      List<OperatedWebsite> sites = new ArrayList<>();
      for (int i = data.consumeInt(0, 2); i > 0; i--) {
        ImmutableOperatedWebsite.Builder w = OperatedWebsite.builder()
            .domain(data.pickValue(List.of("www.dongchejuguang.com", "etaoche.cn", "例子.中国")));
        if (data.consumeBoolean()) {
          w.homepageShowsLicenseNumber(data.consumeBoolean());
        }
        if (data.consumeBoolean()) {
          w.serverLocation(text(data, 20));
        }
        sites.add(w.build());
      }
      b.websites(sites);
    }
    if (data.consumeBoolean()) {
      List<AnnualReport> reports = new ArrayList<>();
      for (int i = data.consumeInt(0, 2); i > 0; i--) {
        reports.add(AnnualReport.builder().year(data.consumeInt()).filedOn(date(data)).build());
      }
      b.annualReports(reports);
    }
    if (data.consumeBoolean()) {
      b.renewalAppliedOn(date(data));
    }
    if (data.consumeBoolean()) {
      b.infoChanges(data.consumeBoolean() ? List.of()
          : List.of(InfoChange.builder().changedOn(date(data)).build()));
    }
    if (data.consumeBoolean()) {
      b.advertisements(List.of(Advertisement.builder().showsLicenseNumber(data.consumeBoolean()).build()));
    }
    if (data.consumeBoolean()) {
      b.dataRetentionDays(data.consumeInt());
    }
    if (data.consumeBoolean()) {
      b.attestations(List.of(Attestation.builder().provision(text(data, 8)).by(text(data, 8))
          .on(date(data)).build()));
    }
    return b.build();
  }

  private static ComplianceReport report(FuzzedDataProvider data) {
    ImmutableComplianceReport.Builder b = ComplianceReport.builder()
        .license(data.pickValue(NUMBERS))
        .asOf(date(data));
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      ImmutableFinding.Builder f = Finding.builder().rule(text(data, 20))
          .status(data.pickValue(Status.values())).message(text(data, 40));
      if (data.consumeBoolean()) {
        f.provision(text(data, 6));
      }
      if (data.consumeBoolean()) {
        f.due(date(data));
      }
      b.addFinding(f.build());
    }
    return b.build();
  }

  /** Any text, but well-formed: documents cannot hold unpaired surrogates (see {@link Out}). */
  private static String text(FuzzedDataProvider data, int maxLength) {
    String s = data.consumeString(maxLength);
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static LocalDate date(FuzzedDataProvider data) {
    return LocalDate.of(data.consumeInt(1900, 2200), 1, 1).plusDays(data.consumeInt(0, 365));
  }

}
