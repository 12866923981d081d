package dev.telelicense.rules;

/**
 * A standard catalogue entry's place in the catalogue: its position, and which entries contain it
 * (itself and its ancestors) as bits by position. Whether a grant's service, exclusions and limits
 * contain an entry is then a bit test each, where walking up the parents asked a map per step; a
 * licence is checked against every scoped service on every evaluation. Immutable.
 */
final class Lineage {
  private final int position;
  private final long[] containedBy;

  /** The entry at {@code position}, contained by the entries at {@code containers} (itself among them). */
  Lineage(int position, int[] containers) {
    this.position = position;
    int max = position;
    for (int c : containers) {
      max = Math.max(max, c);
    }
    this.containedBy = new long[max / Long.SIZE + 1];
    for (int c : containers) {
      containedBy[c >>> 6] |= 1L << c;
    }
  }

  /** {@link Catalog#contains}: this entry is {@code outer} or lies under it. */
  boolean liesIn(Lineage outer) {
    int p = outer.position;
    return p >>> 6 < containedBy.length && (containedBy[p >>> 6] & (1L << p)) != 0;
  }
}
