package dev.telelicense.io.document;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;

/** The YAML documents; see {@link DocumentCodec} for the contract. Immutable and thread-safe. */
public final class YamlDocuments implements DocumentCodec {
  private static final YamlDocuments STANDARD = new YamlDocuments();

  private final Engine engine = new Engine(Factories.yaml(), DocumentFormat.YAML);

  private YamlDocuments() {}

  /** The one instance: configured once, immutable, safe to share between threads. */
  public static YamlDocuments standard() {
    return STANDARD;
  }

  @Override
  public DocumentFormat format() {
    return DocumentFormat.YAML;
  }

  @Override
  public String writeLicense(License license) {
    return engine.write(license, LicenseWriter::write);
  }

  @Override
  public License readLicense(String document) {
    return engine.read(document, LicenseReader::read);
  }

  @Override
  public String writeFacts(OperatingFacts facts) {
    return engine.write(facts, FactsWriter::write);
  }

  @Override
  public OperatingFacts readFacts(String document) {
    return engine.read(document, FactsReader::read);
  }

  @Override
  public String writeReport(ComplianceReport report) {
    return engine.write(report, ReportWriter::write);
  }

  @Override
  public ComplianceReport readReport(String document) {
    return engine.read(document, ReportReader::read);
  }
}
