package dev.telelicense.rules;

/**
 * 关键词匹配 — finds a fixed set of key phrases in {@link Clause#normalize normalised} text in one
 * pass, without building the normalised text: most characters are dismissed by one table lookup,
 * as no phrase ends in them. Only at a character some phrase ends in is the text read backwards,
 * normalising and skipping what normalising drops: the character before picks the candidate phrases
 * (two characters, not one, because the phrases share common last characters such as 日 and 务 that
 * the texts are full of), and each candidate is compared. So a provision is read once whatever the
 * number of phrases. Immutable; the buffer is the caller's, so one scanner serves any number of
 * threads.
 */
final class PhraseScanner {
  private static final int SLOTS = 1024;

  private final char[][] phrases;
  /** For each slot (of the last two characters), the phrases whose ending falls there. */
  private final long[] endingIn = new long[SLOTS];
  /**
   * Bit {@code c} set when text character {@code c} normalises to the last character of a phrase:
   * the one test most characters get.
   */
  private final long[] endsAPhrase = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

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
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char normal = Clause.normalizedChar((char) c);
      if (normal != 0 && endsSomePhrase(normal)) {
        endsAPhrase[c >>> 6] |= 1L << c;
      }
    }
  }

  private boolean endsSomePhrase(char c) {
    for (char[] p : phrases) {
      if (p[p.length - 1] == c) {
        return true;
      }
    }
    return false;
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
    // Copied in bulk: array reads are cheaper than charAt, and the text is read backwards at hits.
    int len = text.length();
    text.getChars(0, len, buffer, 0);
    long found = 0;
    for (int i = 0; i < len; i++) {
      char raw = buffer[i];
      if ((endsAPhrase[raw >>> 6] & (1L << raw)) == 0) {
        continue;
      }
      char c = Clause.normalizedChar(raw);
      int before = keptBefore(buffer, i);
      char previous = before < 0 ? 0 : Clause.normalizedChar(buffer[before]);
      long candidates = endingIn[slot(previous, c)] & ~found;
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

  /** The index of the last character before {@code i} that normalising keeps, or -1. */
  private static int keptBefore(char[] text, int i) {
    int j = i - 1;
    while (j >= 0 && Clause.normalizedChar(text[j]) == 0) {
      j--;
    }
    return j;
  }

  /**
   * Whether the normalised text up to and including {@code text[end]} (a kept character) ends in
   * {@code phrase}: compared backwards, skipping the characters normalising drops.
   */
  private static boolean endsAt(char[] text, int end, char[] phrase) {
    int j = end;
    for (int k = phrase.length - 1; k >= 0; k--) {
      char c = 0;
      while (j >= 0 && (c = Clause.normalizedChar(text[j])) == 0) {
        j--;
      }
      if (j < 0 || c != phrase[k]) {
        return false;
      }
      j--;
    }
    return true;
  }

  private static int slot(char previous, char last) {
    return (previous * 31 + last) & (SLOTS - 1);
  }
}
