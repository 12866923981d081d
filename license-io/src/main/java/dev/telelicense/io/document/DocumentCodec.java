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

  /**
   * The format this codec writes and reads.
   *
   * @return JSON or YAML
   */
  DocumentFormat format();

  /**
   * Writes a licence (许可证) document: the licence as read, gaps included, so that a reader of the
   * document knows what the text did not say.
   *
   * @param license the licence
   * @return the document, ending in a newline
   */
  String writeLicense(License license);

  /**
   * Reads a licence document written by {@link #writeLicense} or by hand.
   *
   * @param document the whole document
   * @return the licence it holds
   * @throws DocumentException if {@code document} is not a valid licence document
   */
  License readLicense(String document);

  /**
   * Writes an operating-facts (经营情况) document: what the operator did and when, as the rules read it.
   *
   * @param facts the facts
   * @return the document, ending in a newline
   */
  String writeFacts(OperatingFacts facts);

  /**
   * Reads an operating-facts document, usually written by hand by the operator's compliance staff.
   *
   * @param document the whole document
   * @return the facts it holds
   * @throws DocumentException if {@code document} is not a valid operating-facts document
   */
  OperatingFacts readFacts(String document);

  /**
   * Writes a compliance report (合规报告): every finding with its status and reason, and the summary.
   *
   * @param report the report
   * @return the document, ending in a newline
   */
  String writeReport(ComplianceReport report);

  /**
   * Reads a report document back, for comparing two runs or feeding another tool; the summary is
   * checked against the findings.
   *
   * @param document the whole document
   * @return the report it holds
   * @throws DocumentException if {@code document} is not a valid report document
   */
  ComplianceReport readReport(String document);

  /**
   * The obligations agenda (合规日程): what is due, and by when. Written only: an agenda is worked out
   * again from the licence and facts, never read back.
   *
   * @param agenda the agenda
   * @return the agenda document
   */
  String writeAgenda(Agenda agenda);

  /**
   * The standard codec for {@code format}, shared: codecs are immutable.
   *
   * @param format JSON or YAML
   * @return {@link JsonDocuments#standard()} or {@link YamlDocuments#standard()}
   */
  static DocumentCodec of(DocumentFormat format) {
    return switch (format) {
      case JSON -> JsonDocuments.standard();
      case YAML -> YamlDocuments.standard();
      default -> throw new IllegalArgumentException("unknown format " + format);
    };
  }
}
