package dev.telelicense.io.document;

import dev.telelicense.io.internal.Texts;

/**
 * Why a document could not be read: the only exception the document readers throw. The message is one
 * line naming the problem and the JSON path, e.g. {@code unknown field 'anualReports' at $ — did you
 * mean 'annualReports'?}; {@link #path()} and {@link #line()} give the place for tools that point at it.
 */
public final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;
  /** The 1-based line of the problem, 0 if unknown. */
  private final int line;

  DocumentException(String message, String path, int line) {
    super(Texts.oneLine(message));
    this.path = path;
    this.line = Math.max(0, line);
  }

  /**
   * The JSON path of the offending value, e.g. {@code $.grants[0].websites[1].domains[0]}.
   *
   * @return the path; {@code $} for the document as a whole
   */
  public String path() {
    return path;
  }

  /**
   * The 1-based line the problem was found on; 0 if unknown.
   *
   * @return the line, 0 or more
   */
  public int line() {
    return line;
  }
}
