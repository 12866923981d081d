package dev.telelicense.rules;

/**
 * 关键词匹配 — finds a fixed set of key phrases in {@link Clause#normalize normalised} text in one
 * pass: each character is normalised and appended to a buffer, and only phrases ending in that
 * character are compared (backwards), so a provision is read once whatever the number of phrases,
 * and no normalised {@code String} is built. Immutable; the buffer is the caller's, so one scanner
 * serves any number of threads.
 */
final class PhraseScanner {
  private static final int SLOTS = 256;

  private final char[][] phrases;
  /** For each slot (last character's low byte), the phrases whose last character falls there. */
  private final long[] endingIn = new long[SLOTS];

  /** At most 64 phrases: a scan reports them as bits of a {@code long}. */
  PhraseScanner(String... phrases) {
    if (phrases.length > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 phrases, got " + phrases.length);
    }
    this.phrases = new char[phrases.length][];
    for (int i = 0; i < phrases.length; i++) {
      char[] p = phrases[i].toCharArray();
      if (p.length == 0) {
        throw new IllegalArgumentException("empty phrase");
      }
      this.phrases[i] = p;
      endingIn[p[p.length - 1] & (SLOTS - 1)] |= 1L << i;
    }
  }

  /** A buffer big enough for the normalised form of {@code text}. */
  static char[] bufferFor(String text, char[] buffer) {
    return buffer.length >= text.length() ? buffer : new char[Math.max(text.length(), 2 * buffer.length)];
  }

  /**
   * Bit {@code i} set when phrase {@code i} occurs in the normalised {@code text}. {@code buffer}
   * must hold {@code text.length()} characters (see {@link #bufferFor}); it is scratch space the
   * caller reuses from one provision to the next.
   */
  long scan(String text, char[] buffer) {
    long found = 0;
    int n = 0;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = Clause.normalizedChar(text.charAt(i));
      if (c == 0) {
        continue;
      }
      buffer[n++] = c;
      long candidates = endingIn[c & (SLOTS - 1)] & ~found;
      while (candidates != 0) {
        int bit = Long.numberOfTrailingZeros(candidates);
        candidates &= candidates - 1;
        if (endsWith(buffer, n, phrases[bit])) {
          found |= 1L << bit;
        }
      }
    }
    return found;
  }

  private static boolean endsWith(char[] buffer, int n, char[] phrase) {
    int start = n - phrase.length;
    if (start < 0) {
      return false;
    }
    for (int j = phrase.length - 1; j >= 0; j--) {
      if (buffer[start + j] != phrase[j]) {
        return false;
      }
    }
    return true;
  }
}
