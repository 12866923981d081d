package dev.telelicense.model;

/**
 * Hints for likely slips of the pen or of character recognition: a letter where a digit belongs.
 * Only ever a hint in a refusal, never applied: the licence says what it says.
 */
final class Slips {
  private Slips() {}

  /** For a category letter followed by {@code printed}: {@code B1 written with the letter l?}, or empty. */
  static String category(char letter, char printed) {
    boolean looksLikeOne = printed == 'l' || printed == 'I' || printed == 'i' || printed == '|'
        || printed == 'ｌ' || printed == 'Ｉ';
    return (letter == 'A' || letter == 'B') && looksLikeOne ? letter + "1 written with the letter " + printed + "?" : "";
  }

  /** For a letter (already upper case) where a digit belongs: {@code 0 written with the letter O?}, or empty. */
  static String digit(char c) {
    return c == 'O' ? "0 written with the letter O?" : c == 'L' || c == 'I' ? "1 written with a letter?" : "";
  }
}
