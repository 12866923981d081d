package dev.telelicense.io.document;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.agenda.Agenda;

/**
 * The three documents over one streaming {@link Engine}: JSON and YAML differ only in the Jackson
 * factory, so that field order, strictness and error paths cannot drift apart between them.
 */
abstract class StreamingDocuments implements DocumentCodec {
  private final Engine engine;
  private final DocumentFormat format;

  StreamingDocuments(Engine engine, DocumentFormat format) {
    this.engine = engine;
    this.format = format;
  }

  @Override
  public DocumentFormat format() {
    return format;
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

  @Override
  public String writeAgenda(Agenda agenda) {
    return engine.write(agenda, AgendaWriter::write);
  }
}
