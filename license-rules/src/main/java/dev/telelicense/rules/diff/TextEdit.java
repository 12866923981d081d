package dev.telelicense.rules.diff;

import java.util.Objects;

/**
 * One run of a word-level comparison of two texts.
 *
 * @param op whether the run is in both texts, only the older or only the newer
 * @param text the run, as printed (full-width letters and digits folded, spaces removed)
 */
public record TextEdit(Op op, String text) {

  /** Where a run of text is. */
  public enum Op {
    /** In both texts. */
    SAME,
    /** Only in the older text. */
    REMOVED,
    /** Only in the newer text. */
    INSERTED
  }

  /**
   * Checks the components.
   *
   * @param op whether the run is in both texts, only the older or only the newer
   * @param text the run, as printed
   * @throws NullPointerException if a component is null
   */
  public TextEdit {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
  }
}
