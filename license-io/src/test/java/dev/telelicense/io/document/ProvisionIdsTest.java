package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Status;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The licence document and the report name each provision's catalogue id and title next to its
 * citation; documents written before those fields existed read the same.
 */
class ProvisionIdsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theLicenceDocumentNamesEachProvisionsObligation() throws IOException {
    License seed = Samples.seed001();
    JsonNode doc = MAPPER.readTree(JsonDocuments.standard().writeLicense(seed));
    JsonNode provisions = doc.get("provisions");
    assertFalse(provisions.get(0).has("provisionId"), "too short a text to know: not guessed");
    assertEquals("annual-report", provisions.get(1).get("provisionId").asText());
    assertEquals("经营许可证年报", provisions.get(1).get("title").asText());
    assertEquals("information-services-terms", provisions.get(2).get("provisionId").asText());
    JsonNode items = provisions.get(2).get("items");
    assertEquals("advertising-disclosure", items.get(0).get("provisionId").asText());
    assertEquals("search-services", items.get(1).get("provisionId").asText());
    // Derived from the text: read past, so the licence read back is the licence written.
    assertEquals(seed, JsonDocuments.standard().readLicense(doc.toString()));
    assertEquals(seed, YamlDocuments.standard().readLicense(YamlDocuments.standard().writeLicense(seed)));
  }

  @Test
  void aProvisionIdThatIsNoStringIsRefusedThoughReadPast() throws IOException {
    JsonNode doc = MAPPER.readTree(JsonDocuments.standard().writeLicense(Samples.seed001()));
    ((ObjectNode) doc.get("provisions").get(1)).put("provisionId", 7);
    DocumentException e = assertThrows(DocumentException.class,
        () -> JsonDocuments.standard().readLicense(doc.toString()));
    assertTrue(e.getMessage().contains("expected a string"), e.getMessage());
  }

  @Test
  void provisionTextTheCatalogueDoesNotKnowHasNoId() throws IOException {
    License l = License.builder().from(Samples.seed001()).provisions(List.of(
        Provision.builder().number(1).label("一")
            .text("你公司应当建立未成年人网络保护制度，落实防沉迷措施。").build())).build();
    JsonNode p = MAPPER.readTree(JsonDocuments.standard().writeLicense(l)).get("provisions").get(0);
    assertFalse(p.has("provisionId"));
    assertFalse(p.has("title"));
  }

  @Test
  void theReportCarriesIdAndTitleAndOldReportsStillRead() throws IOException {
    ComplianceReport report = ComplianceReport.builder().license("京B2-20240286").asOf(LocalDate.of(2026, 11, 22))
        .addFinding(Finding.builder().rule("annual-report.filed-in-q1").provision("十四")
            .provisionId("annual-report").title("Annual licence report").status(Status.PASS)
            .message("no annual report is due yet").build())
        .build();
    String json = JsonDocuments.standard().writeReport(report);
    JsonNode finding = MAPPER.readTree(json).get("findings").get(0);
    assertEquals("annual-report", finding.get("provisionId").asText());
    assertEquals("Annual licence report", finding.get("title").asText());
    assertEquals(report, JsonDocuments.standard().readReport(json));

    ComplianceReport old = JsonDocuments.standard().readReport("{\"license\":\"京B2-20240286\","
        + "\"asOf\":\"2026-11-22\",\"findings\":[{\"rule\":\"annual-report.filed-in-q1\","
        + "\"provision\":\"十四\",\"status\":\"PASS\",\"message\":\"尚无到期的年报\"}]}");
    assertEquals(Optional.empty(), old.findings().get(0).provisionId());
    assertEquals(Optional.empty(), old.findings().get(0).title());
  }
}
