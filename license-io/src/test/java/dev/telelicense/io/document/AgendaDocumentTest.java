package dev.telelicense.io.document;

import static dev.telelicense.io.document.SchemaTest.assertValid;
import static dev.telelicense.io.document.SchemaTest.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.agenda.Agenda;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The agenda document: its fields, and every written agenda valid against its schema. */
class AgendaDocumentTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  static License license(String name) throws IOException {
    return LicenseTextParser.standard().parse(Files.readString(EXAMPLES.resolve("licenses/" + name + ".txt")))
        .value().orElseThrow();
  }

  static OperatingFacts facts(String name) throws IOException {
    return YamlDocuments.standard().readFacts(Files.readString(EXAMPLES.resolve("facts/" + name + ".yaml")));
  }

  static Agenda agenda(License l, OperatingFacts f, String asOf, Language lang, int horizon) {
    return Agenda.of(EvaluationContext.builder().license(l).facts(f).asOf(LocalDate.parse(asOf)).language(lang)
        .build(), Rulebook.standard(), horizon);
  }

  @ParameterizedTest
  @CsvSource({"jing-b2-20240286, 2026-11-22", "jing-b2-20240286, 2028-11-01", "jing-b2-20190486, 2023-12-20",
      "jing-icp-150746, 2025-05-01", "jing-b2-20252223, 2026-11-22"})
  void writtenAgendasValidate(String sample, String asOf) throws IOException {
    Schema schema = schema("agenda");
    for (OperatingFacts f : List.of(facts(sample), OperatingFacts.unknown())) {
      for (Language lang : Language.values()) {
        Agenda a = agenda(license(sample), f, asOf, lang, 400);
        assertValid(schema, JsonDocuments.standard().writeAgenda(a), InputFormat.JSON);
        assertValid(schema, YamlDocuments.standard().writeAgenda(a), InputFormat.YAML);
      }
    }
  }

  @Test
  void aDeadlineWaitingOnNextYearsCalendarIsNeverGuessed() throws IOException {
    OperatingFacts f = OperatingFacts.builder().illegalInfoDisposals(List.of(
        IllegalInfoDisposal.builder().disposedOn(LocalDate.parse("2026-12-24")).build())).build();
    String json = JsonDocuments.standard().writeAgenda(agenda(license("jing-b2-20240286"), f, "2026-12-28",
        Language.EN, 60));
    assertValid(schema("agenda"), json, InputFormat.JSON);
    assertTrue(json.contains(String.join("\n      ", "\"state\": \"UNKNOWN\",", "\"event\": \"2026-12-24\",",
        "\"opens\": \"2026-12-24\",", "\"earliestDue\": \"2027-01-03\",", "\"unknownCalendarYear\": 2027,",
        "\"countsWorkdays\": true,", "\"closedBy\": \"illegalInfoDisposals[disposedOn=2026-12-24].reportedOn\"")),
        json);
  }

  @Test
  void fieldsInTheirOrder() throws IOException {
    String json = JsonDocuments.standard().writeAgenda(agenda(license("jing-b2-20240286"),
        facts("jing-b2-20240286"), "2026-11-22", Language.ZH, 365));
    assertEquals("""
        {
          "license": "京B2-20240286",
          "asOf": "2026-11-22",
          "horizonDays": 365,
          "language": "zh",
          "obligations": [
            {
              "rule": "annual-report.filed-in-q1",
              "kind": "annual-report",
              "period": "2026",
              "provision": "十四",
              "provisionId": "annual-report",
              "provisionTitle": "经营许可证年报",
              "summary": "2026年度经营许可证年报",
              "action": "于2027-01-01至2027-03-31（第一季度）参加经营许可证年报，报告2026年度情况。依据：许可证特别规定事项十四。",
              "state": "UPCOMING",
              "opens": "2027-01-01",
              "due": "2027-03-31",
              "daysLeft": 129,
              "closedBy": "annualReports[year=2027].filedOn"
            }
          ],
          "summary": {
            "OVERDUE": 0,
            "OPEN": 0,
            "UPCOMING": 1,
            "DONE": 0,
            "UNKNOWN": 0
          }
        }
        """, json);
  }

  @Test
  void theSchemaRefusesAGuessedAndAnUnknownDueTogether() {
    assertFalse(schema("agenda").validate("{\"license\":\"京B2-20240286\",\"asOf\":\"2026-11-22\",\"horizonDays\":1,"
        + "\"language\":\"zh\",\"obligations\":[{\"rule\":\"r\",\"kind\":\"k\",\"period\":\"p\",\"summary\":\"s\","
        + "\"action\":\"a\",\"state\":\"UNKNOWN\",\"due\":\"2027-01-08\",\"earliestDue\":\"2027-01-03\","
        + "\"unknownCalendarYear\":2027,\"closedBy\":\"c\"}],\"summary\":{\"OVERDUE\":0,\"OPEN\":0,\"UPCOMING\":0,"
        + "\"DONE\":0,\"UNKNOWN\":1}}", InputFormat.JSON).isEmpty());
  }
}
