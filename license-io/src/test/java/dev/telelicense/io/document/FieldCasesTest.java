package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every field a reader lists has its own {@code case}: the readers switch on the field's name and their
 * {@code default} throws, so a field added to a list and not to the switch fails loudly instead of
 * being read as another field.
 */
class FieldCasesTest {
  private static final Engine JSON = new Engine(Factories.json(), DocumentFormat.JSON);
  private static final Fields NOTICE = Fields.of(List.of("purpose", "validUntil"), "purpose");

  @Test
  void aListedFieldWithoutACaseFailsLoudly() {
    // A reader as it would be if "validUntil" were added to the list and forgotten in the switch.
    Function<Cursor, String> forgetful = c -> {
      StringBuilder purpose = new StringBuilder();
      c.object(NOTICE, name -> {
        switch (name) {
          case "purpose" -> purpose.append(c.string());
          default -> throw c.noCaseFor(name);
        }
      });
      return purpose.toString();
    };
    assertEquals("x", JSON.read("{\"purpose\": \"x\"}", forgetful));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> JSON.read("{\"purpose\": \"x\", \"validUntil\": \"2024-03-27\"}", forgetful));
    assertEquals("no case for field 'validUntil' at $.validUntil: its reader lists the field but does "
        + "not read it", e.getMessage());
  }

  /**
   * The samples hold every listed field of every object, and read back equal in both formats: so each
   * reader has a case for each field it lists, and each writer writes them all.
   */
  @Test
  void everyListedFieldIsWrittenAndRead() throws Exception {
    Map<String, Set<String>> seen = new TreeMap<>();
    for (DocumentCodec codec : List.of(JsonDocuments.standard(), YamlDocuments.standard())) {
      for (var license : List.of(Samples.seed001(), Samples.twoGrants())) {
        assertEquals(license, codec.readLicense(codec.writeLicense(license)));
      }
      assertEquals(Samples.facts(), codec.readFacts(codec.writeFacts(Samples.facts())));
      assertEquals(Samples.report(), codec.readReport(codec.writeReport(Samples.report())));
    }
    ObjectMapper mapper = new ObjectMapper();
    for (var license : List.of(Samples.seed001(), Samples.twoGrants())) {
      collect("licence", mapper.readTree(JsonDocuments.standard().writeLicense(license)), seen);
    }
    collect("facts", mapper.readTree(JsonDocuments.standard().writeFacts(Samples.facts())), seen);
    collect("report", mapper.readTree(JsonDocuments.standard().writeReport(Samples.report())), seen);

    Map<String, Fields> lists = new TreeMap<>();
    lists.put("licence", LicenseReader.LICENSE);
    lists.put("licence.grants[]", LicenseReader.GRANT);
    lists.put("licence.grants[].websites[]", LicenseReader.WEBSITE);
    lists.put("licence.provisions[]", LicenseReader.PROVISION);
    lists.put("licence.provisions[].items[]", LicenseReader.PROVISION);
    lists.put("licence.copyNotice", LicenseReader.COPY_NOTICE);
    lists.put("licence.gaps[]", LicenseReader.GAP);
    lists.put("facts", FactsReader.FACTS);
    lists.put("facts.websites[]", FactsReader.WEBSITE);
    lists.put("facts.facilities[]", FactsReader.FACILITY);
    lists.put("facts.annualReports[]", FactsReader.ANNUAL_REPORT);
    lists.put("facts.entityChanges[]", FactsReader.ENTITY_CHANGE);
    lists.put("facts.infoChanges[]", FactsReader.INFO_CHANGE);
    lists.put("facts.illegalInfoDisposals[]", FactsReader.DISPOSAL);
    lists.put("facts.securityAssessments[]", FactsReader.ASSESSMENT);
    lists.put("facts.advertisements[]", FactsReader.ADVERTISEMENT);
    lists.put("facts.attestations[]", FactsReader.ATTESTATION);
    lists.put("report", ReportReader.REPORT);
    lists.put("report.findings[]", ReportReader.FINDING);
    lists.put("report.summary", ReportReader.SUMMARY);
    assertEquals(lists.keySet(), seen.keySet(), "the objects of the documents");
    // A provision's fields are seen across provisions and their items together.
    Map<Fields, Set<String>> seenByList = new java.util.HashMap<>();
    lists.forEach((where, fields) ->
        seenByList.computeIfAbsent(fields, f -> new TreeSet<>()).addAll(seen.get(where)));
    seenByList.forEach((fields, keys) -> assertEquals(new TreeSet<>(fields.names()), keys));
  }

  /** The keys of every object in {@code node}, by where the object is ({@code facts.websites[]}). */
  private static void collect(String where, JsonNode node, Map<String, Set<String>> seen) {
    if (node.isObject()) {
      Set<String> keys = seen.computeIfAbsent(where, w -> new TreeSet<>());
      node.properties().forEach(f -> {
        keys.add(f.getKey());
        collect(where + "." + f.getKey(), f.getValue(), seen);
      });
    } else if (node.isArray()) {
      node.forEach(element -> collect(where + "[]", element, seen));
    }
  }
}
