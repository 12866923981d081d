package dev.telelicense.io.document;

import java.util.Locale;
import java.util.Optional;

/** The document formats, told apart by file extension. */
public enum DocumentFormat {
  JSON,
  YAML;

  /** {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML; anything else is neither. */
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
