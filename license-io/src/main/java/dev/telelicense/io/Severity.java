package dev.telelicense.io;

/** How bad a diagnostic is. */
public enum Severity {
  /** The document says something that could not be read; a value is missing or doubtful. */
  ERROR,
  /** Readable, but worth a look. */
  WARNING;

  /**
   * The severity as compilers print it.
   *
   * @return {@code error} or {@code warning}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
