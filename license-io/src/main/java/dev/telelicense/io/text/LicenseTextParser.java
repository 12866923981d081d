package dev.telelicense.io.text;

import dev.telelicense.io.ReadResult;
import dev.telelicense.io.Severity;
import dev.telelicense.model.License;
import dev.telelicense.model.ServiceCatalog;

/**
 * Reads the licence text as scanned (增值电信业务经营许可证, main page, appendix and special provisions)
 * into a {@link License}, with diagnostics for everything it could not read.
 *
 * <p>The parser never throws and never invents: an unreadable value is left absent and reported as an
 * {@link Severity#ERROR} with its line, field path and the raw text. A licence is returned whenever a
 * number and a licensee can be read. The codes are those of {@link DiagnosticCode}. The parser is
 * stateless and thread-safe; it does no I/O and uses no regular expressions, so its time is linear in
 * the text whatever the input.
 */
public final class LicenseTextParser {
  /** Texts longer than this many characters are refused (real licences are about 15 KB). */
  public static final int MAX_CHARS = 1 << 20;

  private static final LicenseTextParser STANDARD = new LicenseTextParser(ServiceCatalog.standard());

  private final ServiceCatalog catalog;

  private LicenseTextParser(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The parser with the standard 电信业务分类目录.
   *
   * @return the shared parser
   */
  public static LicenseTextParser standard() {
    return STANDARD;
  }

  /**
   * Reads {@code text}. Never throws: whatever the text (even null, against the package's non-null
   * default), a result with the licence when one can be built and the diagnostics.
   *
   * @param text the licence text as scanned
   * @return the licence, when a number and a licensee were read, and the diagnostics
   */
  public ReadResult<License> parse(String text) {
    if (text == null) {
      return failure(DiagnosticCode.NOT_A_LICENSE, "not a licence text: no text given");
    }
    if (text.length() > MAX_CHARS) {
      return failure(DiagnosticCode.TOO_LARGE, "text of " + text.length()
          + " characters refused: more than " + MAX_CHARS);
    }
    try {
      return new LicenseAssembler(catalog).read(TextParts.split(text));
    } catch (RuntimeException e) {
      // A bug, not a property of the text: still no exception for the caller, but a loud diagnostic.
      return failure(DiagnosticCode.INTERNAL_ERROR, "the parser failed: " + e);
    }
  }

  private static ReadResult<License> failure(DiagnosticCode code, String message) {
    return ReadResult.<License>builder().addDiagnostics(code.diagnostic(0, null, message)).build();
  }
}
