package dev.telelicense.rules.diff;

/** What happened to a grant, website or provision between two licences. */
public enum ChangeKind {
  /** Only the newer licence has it. */
  ADDED,
  /** Only the older licence has it. */
  REMOVED,
  /** Both have it, with different values (grants and websites). */
  CHANGED,
  /** Both state the obligation, under different citations (provisions). */
  MOVED,
  /** Both state the obligation, in different words (provisions). */
  REWORDED
}
