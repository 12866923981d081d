package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's example documents, as other teams write them by hand, read as expected. */
class ExampleDocumentsTest {

  /** The contract's example documents, kept with the reader fuzz inputs they also seed. */
  private static String example(String name) throws IOException {
    String target = name.startsWith("licence") ? "licence" : name.startsWith("facts") ? "facts" : "report";
    try (InputStream in = ExampleDocumentsTest.class.getResourceAsStream(
        "ReaderFuzzTestInputs/" + target + "ReadersThrowOnlyDocumentException/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void licence() throws IOException {
    License l = JsonDocuments.standard().readLicense(example("licence.json"));
    assertEquals("京B2-20190486", l.number().toString());
    assertEquals("B25", l.grants().get(0).service().orElseThrow().key());
    assertEquals("十五（十二）", l.citationOf(l.provisions().get(1).items().get(0)));
    assertEquals(LocalDate.of(2024, 3, 27), l.copyNotice().orElseThrow().validUntil().orElseThrow());
    String yaml = YamlDocuments.standard().writeLicense(l);
    assertEquals(l, YamlDocuments.standard().readLicense(yaml));
  }

  @Test
  void factsWithUnquotedDatesAndNumerals() throws IOException {
    OperatingFacts f = YamlDocuments.standard().readFacts(example("facts.yaml"));
    assertEquals(List.of("信息发布平台和递送服务", "B21"), f.services().orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 20), f.annualReports().orElseThrow().get(0).filedOn());
    assertEquals("十", f.attestations().orElseThrow().get(0).provision());
    assertEquals(400, f.dataRetentionDays().getAsInt());
    assertTrue(f.websites().orElseThrow().get(0).homepageShowsLicenseNumber().orElseThrow());
  }

  @Test
  void report() throws IOException {
    ComplianceReport r = JsonDocuments.standard().readReport(example("report.json"));
    assertEquals(1, r.summary().get(Status.PASS));
    assertEquals(LocalDate.of(2028, 10, 27), r.findings().get(0).due().orElseThrow());
  }

  @Test
  void reportWithoutSummary() {
    ComplianceReport r = YamlDocuments.standard().readReport(
        "license: 京B2-20240286\nasOf: 2026-11-22\nfindings:\n  - rule: r\n    status: FAIL\n    message: m\n");
    assertEquals(1, r.summary().get(Status.FAIL));
  }

  @Test
  void codecForFormat() {
    assertEquals(DocumentFormat.JSON, DocumentCodec.of(DocumentFormat.JSON).format());
    assertEquals(DocumentFormat.YAML, DocumentCodec.of(DocumentFormat.ofFileName("a.yml").orElseThrow()).format());
  }
}
