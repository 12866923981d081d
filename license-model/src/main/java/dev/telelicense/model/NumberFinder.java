package dev.telelicense.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers in any text: one pass over the prepared text, a bounded read at each character that
 * may start a number (a province abbreviation, 合, or a category letter not glued to other letters or
 * digits). A read never goes further than a number is long, so the whole is linear in the text.
 */
final class NumberFinder {
  /** Characters a number may start with, among the CJK block: the provinces, their aliases and 合. */
  private static final String CJK_STARTS;

  static {
    StringBuilder b = new StringBuilder("合");
    for (Province p : Province.values()) {
      b.append(p.abbreviation());
      p.aliases().forEach(b::append);
    }
    CJK_STARTS = b.toString();
  }

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
          if (e != NumberScanner.MISS) {
            throw e;
          }
        }
      }
      i++;
    }
    return found;
  }

  private static boolean mayStart(NumberText t, int i) {
    char c = t.charAt(i);
    if (c == 'A' || c == 'B') {
      return i == 0 || !isWordChar(t.charAt(i - 1));
    }
    return c >= '\u4E00' && CJK_STARTS.indexOf(c) >= 0;
  }

  /** A number directly followed by a letter or digit is part of something longer. */
  private static boolean gluedOn(NumberText t, int end) {
    return end > 0 && end < t.length() && isWordChar(t.charAt(end - 1)) && isWordChar(t.charAt(end));
  }

  private static boolean isWordChar(char c) {
    return NumberScanner.isDigit(c) || NumberScanner.isLetter(c) || c == '-' || c == '.' || c == '_';
  }
}
