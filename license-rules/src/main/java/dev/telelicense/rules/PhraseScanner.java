package dev.telelicense.rules;

/**
 * 关键词匹配 — finds a fixed set of key phrases in {@link Clause#normalize normalised} text in one
 * pass, without normalising the text. Most characters of a provision end no phrase, so the pass only
 * asks each character whether some phrase may end in it (one table lookup, by its low bits); where
 * one may, the phrases ending there are compared backwards against the raw text, skipping what
 * normalisation drops and reading full-width forms as half-width. A provision is read once whatever
 * the number of phrases, and no normalised {@code String} is built. Immutable; the buffer is the
 * caller's, so one scanner serves any number of threads.
 */
final class PhraseScanner {
  private static final int SLOTS = 1024;

  private final char[][] phrases;
  /**
   * For each slot (low bits of a character), the phrases whose last character, as printed in either
   * width, falls there. A slot shared with other characters costs a comparison, never a wrong match.
   */
  private final long[] endingIn = new long[SLOTS];

  /**
   * At most 64 phrases, each already {@link Clause#normalize normalised}: a scan reports them as bits
   * of a {@code long}.
   */
  PhraseScanner(String... phrases) {
    if (phrases.length > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 phrases, got " + phrases.length);
    }
    this.phrases = new char[phrases.length][];
    for (int i = 0; i < phrases.length; i++) {
      char[] p = phrases[i].toCharArray();
      if (p.length == 0 || !Clause.normalize(phrases[i]).equals(phrases[i])) {
        throw new IllegalArgumentException(
            "a phrase must be non-empty and normalised: '" + phrases[i] + "'");
      }
      this.phrases[i] = p;
      char last = p[p.length - 1];
      endingIn[last & (SLOTS - 1)] |= 1L << i;
      if (last >= '!' && last <= '~') {
        endingIn[(last + 0xFEE0) & (SLOTS - 1)] |= 1L << i; // its full-width form
      }
    }
  }

  /** A buffer big enough for {@code text}. */
  static char[] bufferFor(String text, char[] buffer) {
    return buffer.length >= text.length() ? buffer : new char[Math.max(text.length(), 2 * buffer.length)];
  }

  /**
   * Bit {@code i} set when phrase {@code i} occurs in the normalised {@code text}. {@code buffer}
   * must hold {@code text.length()} characters (see {@link #bufferFor}); it is scratch space the
   * caller reuses from one provision to the next.
   */
  long scan(String text, char[] buffer) {
    int len = text.length();
    text.getChars(0, len, buffer, 0);
    long found = 0;
    for (int i = nextEnding(buffer, 0, len); i < len; i = nextEnding(buffer, i + 1, len)) {
      long candidates = endingIn[buffer[i] & (SLOTS - 1)] & ~found;
      while (candidates != 0) {
        int bit = Long.numberOfTrailingZeros(candidates);
        candidates &= candidates - 1;
        if (endsAt(buffer, i, phrases[bit])) {
          found |= 1L << bit;
        }
      }
    }
    return found;
  }

  /**
   * The first index from {@code from} where some phrase may end, or {@code len}. A loop of its own,
   * so that the JIT compiles the part every character goes through as one tight loop.
   */
  private int nextEnding(char[] buffer, int from, int len) {
    long[] table = endingIn;
    for (int i = from; i < len; i++) {
      if (table[buffer[i] & (SLOTS - 1)] != 0) {
        return i;
      }
    }
    return len;
  }

  /**
   * Whether the normalised text has {@code phrase} ending at the character {@code buffer[last]}: read
   * backwards, dropped characters skipped. Every occurrence ends at a kept character, so checking
   * each candidate ending finds every occurrence.
   */
  private static boolean endsAt(char[] buffer, int last, char[] phrase) {
    // Most candidates end right but follow a kept character that is not the phrase's: that one
    // character rejects them before the backward walk.
    int end = phrase.length - 1;
    if (end > 0 && last > 0) {
      char before = Clause.normalizedChar(buffer[last - 1]);
      if (before != 0 && before != phrase[end - 1]) {
        return false;
      }
    }
    int j = last;
    for (int k = phrase.length - 1; k >= 0; ) {
      if (j < 0) {
        return false;
      }
      char c = Clause.normalizedChar(buffer[j--]);
      if (c == 0) {
        if (k == phrase.length - 1) {
          return false; // the ending itself is dropped: no occurrence ends here
        }
        continue;
      }
      if (c != phrase[k--]) {
        return false;
      }
    }
    return true;
  }
}
