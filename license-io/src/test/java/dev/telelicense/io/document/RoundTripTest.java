package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

  static Stream<DocumentCodec> codecs() {
    return Stream.of(JsonDocuments.standard(), YamlDocuments.standard());
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void licencesReadBackEqual(DocumentCodec codec) {
    for (License l : new License[] {Samples.seed001(), Samples.twoGrants()}) {
      String doc = codec.writeLicense(l);
      assertEquals(l, codec.readLicense(doc), doc);
      assertEquals(doc, codec.writeLicense(codec.readLicense(doc)));
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void factsReadBackEqual(DocumentCodec codec) {
    for (OperatingFacts f : new OperatingFacts[] {Samples.facts(), Samples.sparseFacts(),
        OperatingFacts.unknown()}) {
      String doc = codec.writeFacts(f);
      assertEquals(f, codec.readFacts(doc), doc);
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void reportsReadBackEqual(DocumentCodec codec) {
    ComplianceReport r = Samples.report();
    String doc = codec.writeReport(r);
    assertEquals(r, codec.readReport(doc), doc);
  }

  @Test
  void licenceFromJsonEqualsLicenceFromYaml() {
    License l = Samples.seed001();
    License fromJson = JsonDocuments.standard().readLicense(JsonDocuments.standard().writeLicense(l));
    License fromYaml = YamlDocuments.standard().readLicense(YamlDocuments.standard().writeLicense(l));
    assertEquals(l, fromJson);
    assertEquals(fromJson, fromYaml);
  }

  @Test
  void jsonIsPrettyUtf8WithStableOrder() {
    String doc = JsonDocuments.standard().writeLicense(Samples.seed001());
    assertTrue(doc.startsWith("{\n  \"number\": \"京B2-20190486\",\n  \"licensee\": \"北京淘车科技有限公司\",\n"), doc);
    assertTrue(doc.endsWith("}\n"));
    assertFalse(doc.contains("\\u"), doc);
    assertFalse(doc.contains("\r"));
    assertTrue(doc.indexOf("\"issuedOn\": \"2020-01-08\"") < doc.indexOf("\"validUntil\""));
    assertFalse(doc.contains("copyNotice"), "absent values are left out");
    assertFalse(doc.contains("including"), "empty lists are left out");
  }

  @Test
  void yamlIsBlockStyleWithoutTagsOrMarker() {
    String doc = YamlDocuments.standard().writeLicense(Samples.twoGrants());
    String facts = YamlDocuments.standard().writeFacts(Samples.facts());
    assertTrue(doc.startsWith("number: 京B2-20240286\n"), doc);
    assertFalse(doc.contains("!!"));
    assertFalse(doc.contains("---"));
    assertTrue(doc.contains("issuedOn: 2024-04-02\n"), doc);
    assertTrue(facts.contains("provision: 十\n"), facts);
    assertTrue(facts.contains("year: 2025\n"), facts);
  }

  @Test
  void factsKeepEmptyListsAsJudged() {
    String doc = JsonDocuments.standard().writeFacts(Samples.sparseFacts());
    assertTrue(doc.contains("\"annualReports\": []"), doc);
    assertFalse(doc.contains("websites"), doc);
  }

  @Test
  void reportSummaryListsAllStatusesInOrder() {
    String doc = JsonDocuments.standard().writeReport(Samples.report());
    assertTrue(doc.contains("\"summary\": {\n    \"PASS\": 2,\n    \"FAIL\": 1,\n    \"NOT_APPLICABLE\": 0,\n"
        + "    \"NOT_REVIEWED\": 1\n  }"), doc);
  }

  @Test
  void stringsThatLookLikeOtherScalarsAreQuotedInYaml() {
    OperatingFacts f = OperatingFacts.builder()
        .attestations(java.util.List.of(dev.telelicense.model.Attestation.builder().provision("2025")
            .by("yes").on(java.time.LocalDate.of(2026, 1, 2)).build(),
            dev.telelicense.model.Attestation.builder().provision("2025-03-20").by("null")
                .on(java.time.LocalDate.of(2026, 1, 2)).build()))
        .build();
    String doc = YamlDocuments.standard().writeFacts(f);
    assertTrue(doc.contains("provision: \"2025\""), doc);
    assertTrue(doc.contains("by: \"yes\""), doc);
    assertTrue(doc.contains("provision: \"2025-03-20\""), doc);
    assertEquals(f, YamlDocuments.standard().readFacts(doc));
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void awkwardTextSurvives(DocumentCodec codec) {
    // Found by fuzzing: YAML 1.1 readers turn a raw NEL (U+0085), LS (U+2028) or PS (U+2029) into a
    // line break, so "CP:\u2029C" read back as a mapping.
    for (String text : new String[] {"\u0085", " \u0085 ", "a\u0085\nb\n", "\u0000\t\u2028x", "  lead",
        "C\u20122CP:\u2029        C", "a:\u2028b", "k: \u2029v", "x\u2029- y",
        "trail  \n", "\n\n", "- x", "#", "'", "\"", "true", "~", "1e3", "0x1F", ".5", "@", "\uFEFFbom",
        "😀", "\r\n"}) {
      License l = License.builder().from(Samples.seed001()).legalRepresentative(text).build();
      String doc = codec.writeLicense(l);
      assertEquals(l, codec.readLicense(doc), doc);
    }
  }
}
