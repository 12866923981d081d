package dev.telelicense.rules;

/**
 * 引用位置 — each citation of a licence ({@code 十二}, {@code 十五（八）}) → the rank (from 1) of the
 * first entry bearing it, for putting findings in licence order. An open-addressing table of two
 * arrays: it is built for every licence evaluated, and a {@code HashMap} there cost a node per
 * citation and most of the build. Immutable once built.
 */
final class CitationRanks {
  private final String[] keys;
  private final int[] ranks;
  private final int mask;

  CitationRanks(String[] citations) {
    int slots = Integer.highestOneBit(Math.max(1, citations.length) * 2) * 2; // load at most one half
    keys = new String[slots];
    ranks = new int[slots];
    mask = slots - 1;
    for (int i = 0; i < citations.length; i++) {
      int s = slotOf(citations[i]);
      if (keys[s] == null) {
        keys[s] = citations[i];
        ranks[s] = i + 1;
      }
    }
  }

  /** The rank of {@code citation}'s first entry, or {@code unknown} when no entry bears it. */
  int rankOf(String citation, int unknown) {
    int s = slotOf(citation);
    return keys[s] == null ? unknown : ranks[s];
  }

  /** The slot holding {@code citation}, or the empty slot where it would go. */
  private int slotOf(String citation) {
    int h = citation.hashCode();
    int s = (h ^ (h >>> 16)) & mask;
    while (keys[s] != null && !keys[s].equals(citation)) {
      s = (s + 1) & mask;
    }
    return s;
  }
}
