package dev.telelicense.benchmarks;

import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The sample licences and facts of {@code examples/}, which the build puts on the classpath under
 * {@code licenses/} and {@code facts/}. Loaded in setup only, never inside a measured method.
 */
final class Seeds {
  /** Every sample licence; keep in step with the {@code @Param} of {@link ParseBenchmark}. */
  static final String[] ALL = {
      "jing-b2-20190486", "jing-b2-20240286", "jing-b2-20252223", "jing-icp-150746"};

  /** The licence the document and rules benchmarks use: it has full facts and many provisions. */
  static final String SAMPLE = "jing-b2-20240286";

  /** The as-of date its facts were written for. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private Seeds() {}

  static byte[] licenseBytes(String seed) {
    return resource("licenses/" + seed + ".txt");
  }

  static License license(String seed) {
    String text = new String(licenseBytes(seed), StandardCharsets.UTF_8);
    return LicenseTextParser.standard().parse(text).value()
        .orElseThrow(() -> new IllegalStateException("seed " + seed + " does not parse"));
  }

  static OperatingFacts facts(String seed) {
    String yaml = new String(resource("facts/" + seed + ".yaml"), StandardCharsets.UTF_8);
    return YamlDocuments.standard().readFacts(yaml);
  }

  private static byte[] resource(String path) {
    try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the classpath; is the jar built?");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
