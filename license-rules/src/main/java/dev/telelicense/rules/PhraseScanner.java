package dev.telelicense.rules;

/**
 * 关键词匹配 — finds a fixed set of key phrases in {@link Clause#normalize normalised} text in one
 * pass, without normalising the text. Each phrase is anchored on its least common character (its
 * anchor); the pass only asks each character whether it may be some phrase's anchor (one table
 * lookup, by its low bits), and where it may, compares the phrases anchored there outwards against
 * the raw text, skipping what normalisation drops and reading full-width forms as half-width. A
 * provision is read once whatever the number of phrases, and no normalised {@code String} is built.
 * Immutable; the buffer is the caller's, so one scanner serves any number of threads.
 */
final class PhraseScanner {
  /**
   * Slots by the low 12 bits of a character: each CJK slot is shared by about five ideographs, so few
   * characters that anchor nothing stop the pass.
   */
  private static final int SLOTS = 4096;
  /**
   * The characters licence provisions are full of, most frequent first (counted in the special
   * provisions of Beijing B2 and ICP licences). Only speed depends on it: a phrase anchored on one of
   * these is compared at nearly every other character; any anchor finds the same phrases.
   */
  private static final String COMMON = "信务公息应网司经业的电用管营服你和理当规关可有法发许络部全证安主按照"
      + "技门要定户或提等时求术制向相开施不供得号在处展行项准范置与日国互资内事手建京件限立中人设十及者保联备合取布";

  private final char[][] phrases;
  /** Per phrase, the index of its anchor. */
  private final int[] anchorAt;
  /**
   * For each slot (low bits of a character), the phrases whose anchor, as printed in either width,
   * falls there. A slot shared with other characters costs a comparison, never a wrong match.
   */
  private final long[] anchoredIn = new long[SLOTS];
  /** Per slot, whether {@link #anchoredIn} has a phrase there: the only table the pass reads (4 KiB). */
  private final boolean[] anchors = new boolean[SLOTS];

  /**
   * At most 64 phrases, each already {@link Clause#normalize normalised}: a scan reports them as bits
   * of a {@code long}.
   */
  PhraseScanner(String... phrases) {
    if (phrases.length > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 phrases, got " + phrases.length);
    }
    this.phrases = new char[phrases.length][];
    this.anchorAt = new int[phrases.length];
    for (int i = 0; i < phrases.length; i++) {
      char[] p = phrases[i].toCharArray();
      if (p.length == 0 || !Clause.normalize(phrases[i]).equals(phrases[i])) {
        throw new IllegalArgumentException(
            "a phrase must be non-empty and normalised: '" + phrases[i] + "'");
      }
      this.phrases[i] = p;
      int anchor = anchorOf(p);
      anchorAt[i] = anchor;
      char a = p[anchor];
      mark(a, i);
      if (a >= '!' && a <= '~') {
        mark((char) (a + 0xFEE0), i); // its full-width form
      }
    }
  }

  private void mark(char anchor, int phrase) {
    anchoredIn[anchor & (SLOTS - 1)] |= 1L << phrase;
    anchors[anchor & (SLOTS - 1)] = true;
  }

  /** The index of the phrase's least common character; the last of equals. */
  static int anchorOf(char[] phrase) {
    int best = 0;
    for (int i = 1; i < phrase.length; i++) {
      if (commonness(phrase[i]) <= commonness(phrase[best])) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Higher for characters more likely in a provision: ASCII highest (digits fill every date), then
   * {@link #COMMON} by rank; any other character {@code 0}.
   */
  private static int commonness(char c) {
    if (c < 0x80) {
      return Integer.MAX_VALUE;
    }
    int rank = COMMON.indexOf(c);
    return rank < 0 ? 0 : COMMON.length() - rank;
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
    for (int i = nextAnchor(buffer, 0, len); i < len; i = nextAnchor(buffer, i + 1, len)) {
      long candidates = anchoredIn[buffer[i] & (SLOTS - 1)] & ~found;
      char at = Clause.normalizedChar(buffer[i]);
      while (candidates != 0) {
        int bit = Long.numberOfTrailingZeros(candidates);
        candidates &= candidates - 1;
        char[] phrase = phrases[bit];
        int anchor = anchorAt[bit];
        if (at == phrase[anchor] && occursAround(buffer, len, i, phrase, anchor)) {
          found |= 1L << bit;
        }
      }
    }
    return found;
  }

  /**
   * The first index from {@code from} where some phrase may be anchored, or {@code len}. A loop of
   * its own, so that the JIT compiles the part every character goes through as one tight loop.
   */
  private int nextAnchor(char[] buffer, int from, int len) {
    boolean[] table = anchors;
    for (int i = from; i < len; i++) {
      if (table[buffer[i] & (SLOTS - 1)]) {
        return i;
      }
    }
    return len;
  }

  /**
   * Whether the normalised text has {@code phrase} with its {@code anchor} at the kept character
   * {@code buffer[at]}: the part before the anchor read backwards, the part after it forwards,
   * dropped characters skipped. Every occurrence has its anchor at a kept character, so checking
   * each place an anchor stands finds every occurrence.
   */
  private static boolean occursAround(char[] buffer, int len, int at, char[] phrase, int anchor) {
    int j = at - 1;
    for (int k = anchor - 1; k >= 0; ) {
      if (j < 0) {
        return false;
      }
      char c = Clause.normalizedChar(buffer[j--]);
      if (c != 0 && c != phrase[k--]) {
        return false;
      }
    }
    j = at + 1;
    for (int k = anchor + 1; k < phrase.length; ) {
      if (j >= len) {
        return false;
      }
      char c = Clause.normalizedChar(buffer[j++]);
      if (c != 0 && c != phrase[k++]) {
        return false;
      }
    }
    return true;
  }
}
