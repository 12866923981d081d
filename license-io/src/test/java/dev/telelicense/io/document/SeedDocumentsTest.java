package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real seeds through every form: text, JSON, YAML and back, always the same licence. */
class SeedDocumentsTest {

  static License parseSeed(String name) {
    try (InputStream in = SeedDocumentsTest.class.getResourceAsStream("/licenses/" + name)) {
      Optional<License> l = LicenseTextParser.standard()
          .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
      assertTrue(l.isPresent(), name);
      return l.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jing-icp-150746.txt", "jing-b2-20190486.txt", "jing-b2-20240286.txt",
      "jing-b2-20252223.txt"})
  void textToJsonToYamlToJsonGivesTheIdenticalDocument(String seed) {
    License fromText = parseSeed(seed);
    String json = JsonDocuments.standard().writeLicense(fromText);
    License fromJson = JsonDocuments.standard().readLicense(json);
    String yaml = YamlDocuments.standard().writeLicense(fromJson);
    License fromYaml = YamlDocuments.standard().readLicense(yaml);
    assertEquals(json, JsonDocuments.standard().writeLicense(fromYaml));
    assertEquals(fromText, fromJson);
    assertEquals(fromText, fromYaml);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jing-icp-150746.txt", "jing-b2-20190486.txt", "jing-b2-20240286.txt",
      "jing-b2-20252223.txt"})
  void everySeedValidatesAgainstTheLicenceSchema(String seed) {
    License l = parseSeed(seed);
    Schema schema = SchemaTest.schema("license");
    SchemaTest.assertValid(schema, JsonDocuments.standard().writeLicense(l), InputFormat.JSON);
    SchemaTest.assertValid(schema, YamlDocuments.standard().writeLicense(l), InputFormat.YAML);
  }
}
