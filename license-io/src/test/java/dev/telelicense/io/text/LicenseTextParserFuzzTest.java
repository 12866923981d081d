package dev.telelicense.io.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.model.License;
import java.nio.charset.StandardCharsets;

/**
 * The parser never throws and never fails inside, whatever the bytes. Without {@code JAZZER_FUZZ=1}
 * this replays the inputs under {@code LicenseTextParserFuzzTestInputs/parseNeverThrows/} (seed
 * fragments: headers, damaged dates, copy notice, page breaks).
 */
class LicenseTextParserFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void parseNeverThrows(FuzzedDataProvider data) {
    // The inputs are plain UTF-8 text files, so the regression inputs can be read and edited by hand.
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    ReadResult<License> result = LicenseTextParser.standard().parse(text);
    assertNotNull(result);
    for (Diagnostic d : result.diagnostics()) {
      assertFalse(d.code().equals(DiagnosticCode.INTERNAL_ERROR.name()), d::message);
      assertTrue(d.line() >= 0 && d.code().matches("[A-Z_]+"), d::toString);
    }
    result.value().ifPresent(l -> {
      assertFalse(l.licensee().isBlank());
      assertNotNull(l.number());
    });
    assertTrue(result.value().isPresent() || result.hasErrors(), "no licence needs an ERROR saying why");
  }
}
