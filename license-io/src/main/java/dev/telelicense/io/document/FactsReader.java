package dev.telelicense.io.document;

import dev.telelicense.model.Advertisement;
import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.Attestation;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.Facility;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.ImmutableAdvertisement;
import dev.telelicense.model.ImmutableAnnualReport;
import dev.telelicense.model.ImmutableAttestation;
import dev.telelicense.model.ImmutableEntityChange;
import dev.telelicense.model.ImmutableFacility;
import dev.telelicense.model.ImmutableIllegalInfoDisposal;
import dev.telelicense.model.ImmutableInfoChange;
import dev.telelicense.model.ImmutableOperatedWebsite;
import dev.telelicense.model.ImmutableOperatingFacts;
import dev.telelicense.model.ImmutableSecurityAssessment;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.SecurityAssessment;
import java.util.List;

/**
 * Reads the operating-facts document. Every key is optional: absent means "not known", present — even
 * an empty list — means "judged". Dates out of order are facts for the rules to judge, not errors here.
 */
final class FactsReader {
  static final Fields FACTS = Fields.of(List.of("services", "websites", "facilities", "annualReports",
      "renewalAppliedOn", "entityChanges", "infoChanges", "illegalInfoDisposals",
      "securityAssessments", "advertisements", "dataRetentionDays", "attestations"));
  static final Fields WEBSITE = Fields.of(List.of("domain", "homepageShowsLicenseNumber",
      "serverLocation"), "domain");
  static final Fields FACILITY = Fields.of(List.of("service", "location"), "service", "location");
  /** {@code covers} (the year reported on) or {@code year} (the year due), or both when they agree. */
  static final Fields ANNUAL_REPORT = Fields.of(List.of("covers", "year", "filedOn"), "filedOn");
  static final Fields ENTITY_CHANGE = Fields.of(List.of("decidedOn", "appliedOn", "approvedOn",
      "implementedOn"), "decidedOn");
  static final Fields INFO_CHANGE = Fields.of(List.of("changedOn", "reportedOn"), "changedOn");
  static final Fields DISPOSAL = Fields.of(List.of("disposedOn", "reportedOn"), "disposedOn");
  static final Fields ASSESSMENT = Fields.of(List.of("completedOn", "reportedOn"), "completedOn");
  static final Fields ADVERTISEMENT = Fields.of(List.of("showsCompanyName", "showsLicenseNumber"));
  static final Fields ATTESTATION = Fields.of(List.of("provision", "by", "on", "until"), "provision", "by",
      "on");

  private FactsReader() {}

  static OperatingFacts read(Cursor c) {
    int line = c.line();
    ImmutableOperatingFacts.Builder b = OperatingFacts.builder();
    c.object(FACTS, name -> {
      switch (name) {
        case "services" -> b.services(c.array(() -> Services.known(c)));
        case "websites" -> b.websites(c.array(() -> website(c)));
        case "facilities" -> b.facilities(c.array(() -> facility(c)));
        case "annualReports" -> b.annualReports(c.array(() -> annualReport(c)));
        case "renewalAppliedOn" -> b.renewalAppliedOn(c.date());
        case "entityChanges" -> b.entityChanges(c.array(() -> entityChange(c)));
        case "infoChanges" -> b.infoChanges(c.array(() -> infoChange(c)));
        case "illegalInfoDisposals" -> b.illegalInfoDisposals(c.array(() -> disposal(c)));
        case "securityAssessments" -> b.securityAssessments(c.array(() -> assessment(c)));
        case "advertisements" -> b.advertisements(c.array(() -> advertisement(c)));
        case "dataRetentionDays" -> b.dataRetentionDays(c.integer());
        case "attestations" -> b.attestations(c.array(() -> attestation(c)));
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static OperatedWebsite website(Cursor c) {
    int line = c.line();
    ImmutableOperatedWebsite.Builder b = OperatedWebsite.builder();
    c.object(WEBSITE, name -> {
      switch (name) {
        case "domain" -> b.domain(LicenseReader.domain(c));
        case "homepageShowsLicenseNumber" -> b.homepageShowsLicenseNumber(c.bool());
        case "serverLocation" -> b.serverLocation(c.string());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static Facility facility(Cursor c) {
    int line = c.line();
    ImmutableFacility.Builder b = Facility.builder();
    c.object(FACILITY, name -> {
      switch (name) {
        case "service" -> b.service(Services.known(c));
        case "location" -> b.location(c.string());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static AnnualReport annualReport(Cursor c) {
    int line = c.line();
    ImmutableAnnualReport.Builder b = AnnualReport.builder();
    c.object(ANNUAL_REPORT, name -> {
      switch (name) {
        case "covers" -> b.covers(c.integer());
        case "year" -> b.year(c.integer());
        case "filedOn" -> b.filedOn(c.date());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static EntityChange entityChange(Cursor c) {
    int line = c.line();
    ImmutableEntityChange.Builder b = EntityChange.builder();
    c.object(ENTITY_CHANGE, name -> {
      switch (name) {
        case "decidedOn" -> b.decidedOn(c.date());
        case "appliedOn" -> b.appliedOn(c.date());
        case "approvedOn" -> b.approvedOn(c.date());
        case "implementedOn" -> b.implementedOn(c.date());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static InfoChange infoChange(Cursor c) {
    int line = c.line();
    ImmutableInfoChange.Builder b = InfoChange.builder();
    c.object(INFO_CHANGE, name -> {
      switch (name) {
        case "changedOn" -> b.changedOn(c.date());
        case "reportedOn" -> b.reportedOn(c.date());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static IllegalInfoDisposal disposal(Cursor c) {
    int line = c.line();
    ImmutableIllegalInfoDisposal.Builder b = IllegalInfoDisposal.builder();
    c.object(DISPOSAL, name -> {
      switch (name) {
        case "disposedOn" -> b.disposedOn(c.date());
        case "reportedOn" -> b.reportedOn(c.date());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static SecurityAssessment assessment(Cursor c) {
    int line = c.line();
    ImmutableSecurityAssessment.Builder b = SecurityAssessment.builder();
    c.object(ASSESSMENT, name -> {
      switch (name) {
        case "completedOn" -> b.completedOn(c.date());
        case "reportedOn" -> b.reportedOn(c.date());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static Advertisement advertisement(Cursor c) {
    int line = c.line();
    ImmutableAdvertisement.Builder b = Advertisement.builder();
    c.object(ADVERTISEMENT, name -> {
      switch (name) {
        case "showsCompanyName" -> b.showsCompanyName(c.bool());
        case "showsLicenseNumber" -> b.showsLicenseNumber(c.bool());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static Attestation attestation(Cursor c) {
    int line = c.line();
    ImmutableAttestation.Builder b = Attestation.builder();
    c.object(ATTESTATION, name -> {
      switch (name) {
        case "provision" -> b.provision(c.string());
        case "by" -> b.by(c.string());
        case "on" -> b.on(c.date());
        case "until" -> b.until(c.date());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }
}
