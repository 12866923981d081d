package dev.telelicense.io.document;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" by edit distance, so that a typo is an error that says how to fix it. */
final class Suggestions {

  /** Longer inputs get no suggestion: bounds the quadratic distance computation on hostile input. */
  private static final int MAX_INPUT = 64;

  private Suggestions() {}

  /**
   * The candidate closest to {@code input} (ignoring case) if it is close enough to be a typo: one edit
   * for short words, two up to 8 chars, three beyond. A candidate that contains the input of two chars
   * or more (a truncated Chinese name) also counts; the shortest such wins.
   */
  static Optional<String> closest(String input, Collection<String> candidates) {
    if (input.isEmpty() || input.length() > MAX_INPUT) {
      return Optional.empty();
    }
    String in = input.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      int d = distance(in, c);
      if (d <= allowed(c.length()) && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null && in.length() >= 2) {
      for (String candidate : candidates) {
        if (candidate.toLowerCase(Locale.ROOT).contains(in)
            && (best == null || candidate.length() < best.length())) {
          best = candidate;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static int allowed(int length) {
    return length <= 4 ? 1 : length <= 8 ? 2 : 3;
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
