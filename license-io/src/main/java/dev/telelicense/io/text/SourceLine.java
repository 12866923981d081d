package dev.telelicense.io.text;

/**
 * One normalised line of the scanned text with its 1-based line number in the source, so that every
 * diagnostic can point back at what the user sees in an editor.
 */
record SourceLine(int number, String text) {

  boolean isBlank() {
    return text.isEmpty();
  }
}
