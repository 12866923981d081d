package dev.telelicense.cli;

/** The CLI's exit codes; other teams' scripts depend on them. */
final class ExitCode {
  /** Success: no errors, nothing failed. */
  static final int OK = 0;
  /** The input was read, and it has errors or a rule failed. */
  static final int FAILED = 1;
  /** Usage error, or input that could not be read at all. */
  static final int UNUSABLE = 2;

  private ExitCode() {}
}
