package dev.telelicense.rules.diff;

import dev.telelicense.rules.diff.TextEdit.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level comparison of two texts by their longest common subsequence. Chinese has no spaces
 * between words, so a word is one character, or a run of ASCII letters and digits ({@code 2024},
 * {@code ICP}); full-width forms are folded and spaces dropped first, so that a scan's spacing is no
 * change.
 */
final class WordDiff {
  /**
   * The largest table of the plain O(n·m) algorithm we build: two provisions of a few hundred
   * characters need far less; a hostile document with two 100,000-character provisions would need
   * 10^10 cells, so beyond this bound the texts are shown as one removal and one insertion.
   */
  private static final long MAX_CELLS = 4_000_000;
  /** The longest kept run that {@link #readable} folds into the changes around it. */
  private static final int NOISE = 2;

  private WordDiff() {}

  static List<TextEdit> edits(String before, String after) {
    List<String> a = words(before);
    List<String> b = words(after);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<TextEdit> edits = new ArrayList<>();
    add(edits, Op.SAME, a.subList(0, prefix));
    List<String> midA = a.subList(prefix, a.size() - suffix);
    List<String> midB = b.subList(prefix, b.size() - suffix);
    if ((long) midA.size() * midB.size() > MAX_CELLS) {
      add(edits, Op.REMOVED, midA);
      add(edits, Op.INSERTED, midB);
    } else {
      lcs(edits, midA, midB);
    }
    add(edits, Op.SAME, a.subList(a.size() - suffix, a.size()));
    return readable(edits);
  }

  /**
   * Folds runs kept by chance into the change around them: a character-level comparison of
   * {@code 延续经营许可证的申请} and {@code 续办申请} keeps {@code 续} and {@code 申请}, which reads as
   * noise. A kept run of at most {@value #NOISE} characters between two changes becomes part of both
   * the removed and the inserted text, so each change reads as whole words replaced.
   */
  private static List<TextEdit> readable(List<TextEdit> edits) {
    List<TextEdit> out = new ArrayList<>();
    StringBuilder removed = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (int i = 0; i < edits.size(); i++) {
      TextEdit e = edits.get(i);
      boolean between = i > 0 && i < edits.size() - 1;
      if (e.op() == Op.SAME && !(between && e.text().length() <= NOISE)) {
        flush(out, removed, inserted);
        out.add(e);
      } else {
        if (e.op() != Op.INSERTED) {
          removed.append(e.text());
        }
        if (e.op() != Op.REMOVED) {
          inserted.append(e.text());
        }
      }
    }
    flush(out, removed, inserted);
    return out;
  }

  private static void flush(List<TextEdit> out, StringBuilder removed, StringBuilder inserted) {
    if (removed.length() > 0) {
      out.add(new TextEdit(Op.REMOVED, removed.toString()));
    }
    if (inserted.length() > 0) {
      out.add(new TextEdit(Op.INSERTED, inserted.toString()));
    }
    removed.setLength(0);
    inserted.setLength(0);
  }

  private static void lcs(List<TextEdit> edits, List<String> a, List<String> b) {
    int[][] len = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1
            : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        add(edits, Op.SAME, List.of(a.get(i++)));
        j++;
      } else if (j < b.size() && (i == a.size() || len[i][j + 1] >= len[i + 1][j])) {
        add(edits, Op.INSERTED, List.of(b.get(j++)));
      } else {
        add(edits, Op.REMOVED, List.of(a.get(i++)));
      }
    }
  }

  /** Appends words to the last edit when it has the same op, else as a new edit. */
  private static void add(List<TextEdit> edits, Op op, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join("", words);
    int last = edits.size() - 1;
    if (last >= 0 && edits.get(last).op() == op) {
      edits.set(last, new TextEdit(op, edits.get(last).text() + text));
    } else {
      edits.add(new TextEdit(op, text));
    }
  }

  /** The words of a text: ASCII letter-and-digit runs, and every other character alone. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder ascii = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (c < 128 && Character.isLetterOrDigit(c)) {
        ascii.append(c);
        continue;
      }
      if (ascii.length() > 0) {
        words.add(ascii.toString());
        ascii.setLength(0);
      }
      if (!Character.isWhitespace(c) && c != '\u3000') {
        words.add(String.valueOf(c));
      }
    }
    if (ascii.length() > 0) {
      words.add(ascii.toString());
    }
    return words;
  }
}
