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
    int number = 1;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new SourceLine(number++, clean(text.substring(start, i))));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(new SourceLine(number, clean(text.substring(start))));
    return lines;
  }

  /** One line, cleaned: byte-order marks removed, stripped, a Markdown heading mark dropped. */
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
