package dev.telelicense.rules;

/**
 * 关键词匹配 — finds a fixed set of key phrases in {@link Clause#normalize normalised} text in one
 * pass: each character is normalised and appended to a buffer, and only phrases ending in that
 * character and the one before it are compared (backwards), so a provision is read once whatever the
 * number of phrases, and no normalised {@code String} is built. Two characters, not one, pick the
 * candidates because the phrases share common last characters (日, 务) that the texts are full of. Immutable; the buffer is the caller's, so one scanner
 * serves any number of threads.
 */
final class PhraseScanner {
  private static final int SLOTS = 1024;

  private final char[][] phrases;
  /** For each slot (of the last two characters), the phrases whose ending falls there. */
  private final long[] endingIn = new long[SLOTS];

  /** At most 64 phrases of two characters or more: a scan reports them as bits of a {@code long}. */
  PhraseScanner(String... phrases) {
    if (phrases.length > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 phrases, got " + phrases.length);
    }
    this.phrases = new char[phrases.length][];
    for (int i = 0; i < phrases.length; i++) {
      char[] p = phrases[i].toCharArray();
      if (p.length < 2) {
        throw new IllegalArgumentException("a phrase needs two characters: '" + phrases[i] + "'");
      }
      this.phrases[i] = p;
      endingIn[slot(p[p.length - 2], p[p.length - 1])] |= 1L << i;
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
    // Copied in bulk, then normalised in place: the write index never passes the read index.
    int len = text.length();
    text.getChars(0, len, buffer, 0);
    long found = 0;
    int n = 0;
    char previous = 0;
    for (int i = 0; i < len; i++) {
      char c = Clause.normalizedChar(buffer[i]);
      if (c == 0) {
        continue;
      }
      buffer[n++] = c;
      long candidates = endingIn[slot(previous, c)] & ~found;
      previous = c;
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

  private static int slot(char previous, char last) {
    return (previous * 31 + last) & (SLOTS - 1);
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
