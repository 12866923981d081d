package dev.telelicense.io.text;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.io.Severity;
import dev.telelicense.model.License;
import dev.telelicense.model.ServiceCatalog;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Reads the licence text as scanned (增值电信业务经营许可证, main page, appendix and special provisions)
 * into a {@link License}, with diagnostics for everything it could not read.
 *
 * <p>The parser never throws and never invents: an unreadable value is left absent and reported as an
 * {@link Severity#ERROR} with its line, field path and the raw text. A licence is returned whenever a
 * number and a licensee can be read. The codes are those of {@link DiagnosticCodes}. The parser is
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

  /** The parser with the standard 电信业务分类目录. */
  public static LicenseTextParser standard() {
    return STANDARD;
  }

  /**
   * Reads {@code text}. Never throws: whatever the text (even null, against the package's non-null
   * default), a result with the licence when one can be built and the diagnostics.
   */
  public ReadResult<License> parse(String text) {
    if (text == null) {
      return failure(DiagnosticCodes.NOT_A_LICENSE, null, "not a licence text: no text given");
    }
    if (text.length() > MAX_CHARS) {
      return failure(DiagnosticCodes.TOO_LARGE, null, "text of " + text.length()
          + " characters refused: more than " + MAX_CHARS);
    }
    try {
      return new LicenseReader(catalog).read(text);
    } catch (RuntimeException e) {
      // A bug, not a property of the text: still no exception for the caller, but a loud diagnostic.
      return failure(DiagnosticCodes.INTERNAL_ERROR, null, "the parser failed: " + e);
    }
  }

  private static ReadResult<License> failure(String code, @Nullable String field, String message) {
    return ReadResult.<License>builder().addDiagnostics(Diagnostic.builder()
        .severity(Severity.ERROR).code(code).line(0).field(Optional.ofNullable(field))
        .message(message).build()).build();
  }
}
