package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every written document validates against the published JSON Schema (draft 2020-12). */
class SchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  static Schema schema(String name) {
    try (InputStream in = SchemaTest.class.getResourceAsStream(
        "/dev/telelicense/io/document/schema/" + name + ".schema.json")) {
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValid(Schema schema, String document, InputFormat format) {
    List<Error> errors = schema.validate(document, format);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), document);
  }

  @Test
  void writtenLicencesValidate() {
    Schema schema = schema("license");
    for (License l : List.of(Samples.seed001(), Samples.twoGrants())) {
      assertValid(schema, JsonDocuments.standard().writeLicense(l), InputFormat.JSON);
      assertValid(schema, YamlDocuments.standard().writeLicense(l), InputFormat.YAML);
    }
  }

  @Test
  void writtenFactsValidate() {
    Schema schema = schema("facts");
    for (OperatingFacts f : List.of(Samples.facts(), Samples.sparseFacts(), OperatingFacts.unknown())) {
      assertValid(schema, JsonDocuments.standard().writeFacts(f), InputFormat.JSON);
      assertValid(schema, YamlDocuments.standard().writeFacts(f), InputFormat.YAML);
    }
  }

  @Test
  void writtenReportsValidate() {
    Schema schema = schema("report");
    assertValid(schema, JsonDocuments.standard().writeReport(Samples.report()), InputFormat.JSON);
    assertValid(schema, YamlDocuments.standard().writeReport(Samples.report()), InputFormat.YAML);
  }

  @Test
  void schemasRefuseWhatReadersRefuse() {
    assertFalse(schema("facts").validate("{\"anualReports\":[]}", InputFormat.JSON).isEmpty());
    assertFalse(schema("license").validate("{\"number\":\"京B2-20190486\",\"licensee\":\"x\","
        + "\"issuedOn\":\"2025-02-30\"}", InputFormat.JSON).isEmpty());
    assertFalse(schema("report").validate("{\"license\":\"京B2-20240286\",\"asOf\":\"2026-11-22\","
        + "\"findings\":[{\"rule\":\"r\",\"status\":\"PASSED\",\"message\":\"m\"}]}", InputFormat.JSON)
        .isEmpty());
    assertFalse(schema("license").validate("{\"number\":\"京B2-20190486\"}", InputFormat.JSON).isEmpty());
  }
}
