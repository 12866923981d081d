package dev.telelicense.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * license-rules cannot read text or YAML, so its tests use Java twins of the samples ({@link
 * SeedLicenses}, {@link ExampleFacts}). Here, where the readers are visible, each twin is held equal
 * to what the parser and the YAML reader make of the one copy of the sample in {@code examples/}: a
 * rules test can then never pass on a licence the parser would not produce.
 */
class JavaTwinsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"jing-icp-150746, 0", "jing-b2-20190486, 1", "jing-b2-20240286, 2", "jing-b2-20252223, 3"})
  void everySeedLicenceTwinIsTheParsedSample(String number, int seed) throws IOException {
    License parsed = LicenseTextParser.standard().parse(read("licenses/" + number + ".txt")).value()
        .orElseThrow();
    License twin = switch (seed) {
      case 0 -> SeedLicenses.seed000();
      case 1 -> SeedLicenses.seed001();
      case 2 -> SeedLicenses.seed002();
      default -> SeedLicenses.seed003();
    };
    assertEquals(parsed, twin);
  }

  @Test
  void theExampleFactsTwinIsTheReadFacts() throws IOException {
    assertEquals(YamlDocuments.standard().readFacts(read("facts/jing-b2-20240286.yaml")), ExampleFacts.dongche());
  }

  /** A file of {@code examples/}; the tests run in the module's directory. */
  private static String read(String path) throws IOException {
    return Files.readString(Path.of(path), StandardCharsets.UTF_8);
  }
}
