package dev.telelicense.io.document;

import java.util.Locale;
import java.util.Optional;

/** The document formats, told apart by file extension. */
public enum DocumentFormat {
  /** JSON (RFC 8259), files ending {@code .json}. */
  JSON,
  /** YAML, files ending {@code .yaml} or {@code .yml}. */
  YAML;

  /**
   * {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML, in any case; anything else is neither.
   *
   * @param fileName a file name or path
   * @return the format, or empty when the extension names none
   */
  public static Optional<DocumentFormat> ofFileName(String fileName) {
    String f = fileName.toLowerCase(Locale.ROOT);
    if (f.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (f.endsWith(".yaml") || f.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
