package dev.telelicense.io.text;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberFormatException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 经营许可证编号 — reads the licence number from the numbers {@link TextParts} found under the label
 * ({@code 经营许可证编号：京B2-…}, {@code 经营许可证编号京B2-…}, or on the line after or before it): the
 * first is the main page's, the rest are page headers, each checked against it.
 */
final class NumberReader {

  /**
   * A printed number and its line.
   *
   * @param text the number as printed; empty when the label stands alone
   * @param line its 1-based source line
   */
  record Printed(String text, int line) {}

  private NumberReader() {}

  /** Whether a number is printed at all: without one and without a licensee, the text is no licence. */
  static boolean isPrinted(List<Printed> numbers) {
    return !numbers.isEmpty() && !numbers.get(0).text().isEmpty();
  }

  /** The main page's number, checked against every page header; null (reported) when unreadable. */
  @Nullable
  static LicenseNumber read(List<Printed> numbers, DiagnosticSink sink) {
    if (!isPrinted(numbers)) {
      int line = numbers.isEmpty() ? 0 : numbers.get(0).line();
      sink.report(DiagnosticCode.NUMBER_MISSING, line, "number", "no licence number (经营许可证编号) found");
      return null;
    }
    Printed main = numbers.get(0);
    LicenseNumber number;
    try {
      number = LicenseNumber.parse(main.text());
    } catch (LicenseNumberFormatException e) {
      sink.report(DiagnosticCode.NUMBER_UNREADABLE, main.line(), "number", "unreadable licence number"
          + " (经营许可证编号): " + Texts.quote(main.text()) + ": " + e.reason().description());
      return null;
    }
    if (number.kind() == LicenseNumber.Kind.FILING) {
      sink.report(DiagnosticCode.NUMBER_IS_FILING, main.line(), "number",
          "'" + number + "' is an ICP filing number (备案号), not a licence number");
    }
    for (Printed header : numbers.subList(1, numbers.size())) {
      // A header printed exactly as the main page's number is the same number: no need to parse it.
      if (!header.text().isEmpty() && !header.text().equals(main.text())
          && !number.equals(parseOrNull(header.text()))) {
        sink.report(DiagnosticCode.HEADER_NUMBER_MISMATCH, header.line(), "number", "page header number "
            + Texts.quote(header.text()) + " differs from the main page number '" + number + "'");
      }
    }
    return number;
  }

  @Nullable
  private static LicenseNumber parseOrNull(String text) {
    try {
      return LicenseNumber.parse(text);
    } catch (LicenseNumberFormatException e) {
      return null;
    }
  }
}
