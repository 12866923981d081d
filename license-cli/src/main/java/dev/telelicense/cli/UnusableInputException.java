package dev.telelicense.cli;

/**
 * Input that cannot be used at all: its message, one whole line such as {@code FILE: error: no such
 * file}, goes to stderr as is and the exit code is 2.
 */
final class UnusableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnusableInputException(String message) {
    super(message, null, false, false);
  }
}
