package dev.telelicense.io.text;

import java.util.ArrayList;
import java.util.List;

/**
 * 行规整 — splits the scanned text into lines (CRLF, lone CR or LF) and cleans each: Markdown residue
 * ({@code # }, {@code ## }) and byte-order marks go, the line is trimmed and spaces between Chinese
 * characters are dropped. Line numbers are kept so diagnostics point at the source.
 */
final class LineNormalizer {
  private LineNormalizer() {}

  static List<SourceLine> normalize(String text) {
    List<SourceLine> lines = new ArrayList<>();
    // Byte-order marks are rare; without one, each line is cleaned in place by index (no copy of the
    // raw line, one copy of the clean text), which is most of the parse's own work on a licence.
    boolean bom = text.indexOf('\uFEFF') >= 0;
    int number = 1;
    int start = 0;
    int n = text.length();
    // Line ends are found with indexOf, which the JVM vectorises; CR is looked for only when present.
    int nextCr = text.indexOf('\r');
    SpaceIndex spaces = bom ? null : new SpaceIndex(text);
    while (true) {
      int lf = text.indexOf('\n', start);
      if (nextCr >= 0 && nextCr < start) {
        nextCr = text.indexOf('\r', start);
      }
      int end = lf < 0 ? nextCr : nextCr < 0 ? lf : Math.min(lf, nextCr);
      if (end < 0) {
        break;
      }
      String line = bom ? clean(text.substring(start, end)) : clean(text, start, end, spaces);
      lines.add(new SourceLine(number++, line));
      start = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
    lines.add(new SourceLine(number, bom ? clean(text.substring(start)) : clean(text, start, n, spaces)));
    return lines;
  }

  /**
   * {@link #clean(String, int, int)}, taking most lines as they are: one without any space and not
   * starting with {@code #} has nothing to strip, no heading mark and no space to drop.
   */
  private static String clean(String text, int from, int to, SpaceIndex spaces) {
    if (spaces.next(from) >= to && (from == to || text.charAt(from) != '#')) {
      return text.substring(from, to);
    }
    return clean(text, from, to);
  }

  /**
   * Where the next {@link Cjk#isSpace space} is, found with one {@code indexOf} cursor per kind of
   * space (the JVM vectorises indexOf). Asked with ever larger {@code from}, each cursor only moves
   * forward, so finding every space costs one pass over the text per kind, whatever the lines.
   */
  private static final class SpaceIndex {
    private static final char[] KINDS = {' ', '\t', '\u3000', '\u00A0', '\f', '\u000B'};
    private final String text;
    /** Per kind, its first index at or after the last {@code from} asked about, or -1 for none left. */
    private final int[] next = new int[KINDS.length];

    SpaceIndex(String text) {
      this.text = text;
      for (int k = 0; k < KINDS.length; k++) {
        next[k] = text.indexOf(KINDS[k]);
      }
    }

    /** The index of the first space at or after {@code from}, or {@code Integer.MAX_VALUE}. */
    int next(int from) {
      int min = Integer.MAX_VALUE;
      for (int k = 0; k < KINDS.length; k++) {
        int at = next[k];
        if (at >= 0 && at < from) {
          at = text.indexOf(KINDS[k], from);
          next[k] = at;
        }
        if (at >= 0 && at < min) {
          min = at;
        }
      }
      return min;
    }
  }

  /**
   * {@link #clean(String)} of {@code text[from, to)}, which holds no byte-order mark, without copying
   * the raw line: the same strip, Markdown heading and strip again, worked out on indices.
   */
  static String clean(String text, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Cjk.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Cjk.isSpace(text.charAt(end - 1))) {
      end--;
    }
    int hashes = start;
    while (hashes < end && text.charAt(hashes) == '#') {
      hashes++;
    }
    int level = hashes - start;
    if (level >= 1 && level <= 6) {
      if (hashes == end) {
        return "";
      }
      if (Cjk.isSpace(text.charAt(hashes))) {
        start = hashes + 1;
        while (start < end && Cjk.isSpace(text.charAt(start))) {
          start++;
        }
      }
    }
    return Cjk.removeSpacesBetweenCjk(text, start, end);
  }

  static String clean(String raw) {
    String s = raw.indexOf('\uFEFF') >= 0 ? raw.replace("\uFEFF", "") : raw;
    s = withoutMarkdownHeading(Cjk.strip(s));
    return Cjk.removeSpacesBetweenCjk(Cjk.strip(s));
  }

  /** {@code ## 特别规定事项} is a Markdown heading left by a converter; the text is what counts. */
  private static String withoutMarkdownHeading(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '#') {
      i++;
    }
    if (i == 0 || i > 6) {
      return s;
    }
    if (i == s.length()) {
      return "";
    }
    return Cjk.isSpace(s.charAt(i)) ? s.substring(i + 1) : s;
  }
}
