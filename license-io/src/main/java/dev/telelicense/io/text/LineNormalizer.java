package dev.telelicense.io.text;

import java.util.ArrayList;
import java.util.List;

/**
 * 行规整 — splits the scanned text into lines (CRLF, lone CR or LF) and cleans each: Markdown residue
 * ({@code # }, {@code ## }) and byte-order marks go, the line is trimmed and spaces between Chinese
 * characters are dropped. Line numbers are kept so diagnostics point at the source.
 *
 * <p>This is the one pass that looks at every character, so it scans a {@code char[]} copy of the text
 * (one bulk copy; {@code String.charAt} checks the index and the string's coder on every character)
 * and copies each clean line out once.
 */
final class LineNormalizer {
  private LineNormalizer() {}

  static List<SourceLine> normalize(String text) {
    List<SourceLine> lines = new ArrayList<>();
    if (text.indexOf('\uFEFF') >= 0) {
      return normalizeWithBom(text, lines); // rare: keep the plain string path for it
    }
    char[] cs = text.toCharArray();
    int number = 1;
    int start = 0;
    int n = cs.length;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c == '\n' || c == '\r') {
        lines.add(new SourceLine(number++, clean(cs, start, i)));
        if (c == '\r' && i + 1 < n && cs[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(new SourceLine(number, clean(cs, start, n)));
    return lines;
  }

  private static List<SourceLine> normalizeWithBom(String text, List<SourceLine> lines) {
    int number = 1;
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new SourceLine(number++, clean(text.substring(start, i))));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(new SourceLine(number, clean(text.substring(start))));
    return lines;
  }

  /**
   * {@link #clean(String)} of {@code cs[from, to)}, which holds no byte-order mark: the same strip,
   * Markdown heading, strip again and space removal, worked out on indices.
   */
  static String clean(char[] cs, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Cjk.isSpace(cs[start])) {
      start++;
    }
    while (end > start && Cjk.isSpace(cs[end - 1])) {
      end--;
    }
    int hashes = start;
    while (hashes < end && cs[hashes] == '#') {
      hashes++;
    }
    int level = hashes - start;
    if (level >= 1 && level <= 6) {
      if (hashes == end) {
        return "";
      }
      if (Cjk.isSpace(cs[hashes])) {
        start = hashes + 1;
        while (start < end && Cjk.isSpace(cs[start])) {
          start++;
        }
      }
    }
    return Cjk.removeSpacesBetweenCjk(cs, start, end);
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
