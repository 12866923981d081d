package dev.telelicense.io;

/** How bad a diagnostic is. */
public enum Severity {
  /** The document says something that could not be read; a value is missing or doubtful. */
  ERROR,
  /** Readable, but worth a look. */
  WARNING;

  /** {@code error} or {@code warning}, as compilers print it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
