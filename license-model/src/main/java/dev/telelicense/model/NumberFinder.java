package dev.telelicense.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers in any text: one pass over the prepared text, a bounded read at each character that
 * may start a number (a province abbreviation, 合, or a category letter not glued to other letters or
 * digits). A read never goes further than a number is long, so the whole is linear in the text.
 */
final class NumberFinder {
  private NumberFinder() {}

  static List<LicenseNumberMatch> findAll(CharSequence text, int latestYear) {
    NumberText t = NumberText.markup(text);
    NumberScanner scanner = new NumberScanner(text, t, true, latestYear);
    List<LicenseNumberMatch> found = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      if (mayStart(t, i)) {
        try {
          LicenseNumber n = scanner.at(i);
          int end = scanner.end();
          if (!gluedOn(t, end)) {
            found.add(new LicenseNumberMatch(n, t.offset(i), t.offset(end)));
            i = end;
            continue;
          }
        } catch (RuntimeException e) {
          if (e != NumberRefusal.MISS) {
            throw e;
          }
        }
      }
      i++;
    }
    return found;
  }

  /**
   * Whether a number may start at {@code i}, judged from two characters: a province followed by ICP
   * or a category letter, 合字, or a category letter not glued to a word. Most CJK characters of a
   * page fail here; a failed read in the scanner costs an exception, this costs two comparisons.
   */
  private static boolean mayStart(NumberText t, int i) {
    char c = t.charAt(i);
    if (c == 'A' || c == 'B') {
      char next = at(t, i + 1);
      return (next == '1' || next == '2') && (i == 0 || !isWordChar(t.charAt(i - 1)));
    }
    if (c < '\u4E00') {
      return false;
    }
    int j = at(t, i + 1) == NumberText.GAP ? i + 2 : i + 1;
    char next = at(t, j);
    if (c == '合') {
      return next == '字';
    }
    return (next == 'I' || next == 'A' || next == 'B') && Provinces.of(c) != null;
  }

  private static char at(NumberText t, int i) {
    return i < t.length() ? t.charAt(i) : 0;
  }

  /** A number directly followed by a letter or digit is part of something longer. */
  private static boolean gluedOn(NumberText t, int end) {
    return end > 0 && end < t.length() && isWordChar(t.charAt(end - 1)) && isWordChar(t.charAt(end));
  }

  private static boolean isWordChar(char c) {
    return NumberText.isDigit(c) || NumberText.isLetter(c) || c == '-' || c == '.' || c == '_';
  }
}
