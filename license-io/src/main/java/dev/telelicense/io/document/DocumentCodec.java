package dev.telelicense.io.document;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.agenda.Agenda;

/**
 * Writes and reads the three documents — licence, operating facts (经营情况) and compliance report (合规报告)
 * — in one format. Implementations are immutable and thread-safe.
 *
 * <p>Writers give the documented field names in a stable order, ISO dates, absent values and empty lists
 * left out (except in facts, where an empty list means "judged, none"), Chinese text as is, a trailing
 * newline. They throw {@link IllegalArgumentException} only for values no document can hold: a string
 * with an unpaired surrogate or a date outside years 0000–9999.
 *
 * <p>Readers are strict and throw only {@link DocumentException}: unknown or duplicate keys, wrong
 * types, impossible dates, a bad licence number or service, values the model refuses, trailing content,
 * and anything over {@link DocumentLimits}.
 */
public interface DocumentCodec {

  DocumentFormat format();

  String writeLicense(License license);

  /** @throws DocumentException if {@code document} is not a valid licence document */
  License readLicense(String document);

  String writeFacts(OperatingFacts facts);

  /** @throws DocumentException if {@code document} is not a valid operating-facts document */
  OperatingFacts readFacts(String document);

  String writeReport(ComplianceReport report);

  /** @throws DocumentException if {@code document} is not a valid report document */
  ComplianceReport readReport(String document);

  /**
   * The obligations agenda (合规日程): what is due, and by when. Written only: an agenda is worked out
   * again from the licence and facts, never read back.
   *
   * @param agenda the agenda
   * @return the agenda document
   */
  String writeAgenda(Agenda agenda);

  /** The standard codec for {@code format}. */
  static DocumentCodec of(DocumentFormat format) {
    switch (format) {
      case JSON:
        return JsonDocuments.standard();
      case YAML:
        return YamlDocuments.standard();
      default:
        throw new IllegalArgumentException("unknown format " + format);
    }
  }
}
