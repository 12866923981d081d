package dev.telelicense.io.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 并排字段 — fields a scan printed side by side on one line ({@code 网站名称：示例 网站域名：example.cn},
 * {@code 发证日期：2024年1月25日 有效期至：2029年1月25日}), split into a line each, as the readers take
 * them. A line is split only when it starts with a label and, further on, a field label is followed by
 * a colon: a sentence that mentions a label ({@code 变更网站名称、网站域名的}) has no colon after it. The
 * parts keep the number of their source line, so diagnostics still point at it.
 */
final class SideBySideFields {
  /**
   * The labels a line is split before: the single-valued fields of the main page and the appendix.
   * The service block's labels are not among them: they are printed interleaved with its values.
   */
  private static final List<String> FIELDS = List.of(Labels.NUMBER, Labels.LICENSEE,
      Labels.LEGAL_REPRESENTATIVE, Labels.ISSUER, Labels.ISSUED_ON, Labels.VALID_UNTIL,
      Labels.VALID_UNTIL_LONG, Labels.VALIDITY, Labels.VALIDITY_LONG, Labels.WEBSITE_NAME,
      Labels.WEBSITE_DOMAINS, Labels.SERVER_LOCATION, Labels.SERVER_LOCATION_LONG, Labels.ACCESS_PROVIDER);
  private static final int[] NONE = {};
  /** The longest remark 发证机关 prints before its colon, brackets included: {@code (盖章)}. */
  private static final int MAX_REMARK = 6;

  private SideBySideFields() {}

  /** {@code lines} with every side-by-side line split; the same list when none is. */
  static List<SourceLine> split(List<SourceLine> lines) {
    List<SourceLine> out = null; // the same list when no line is split
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      int[] cuts = cuts(line.text());
      if (cuts.length == 0) {
        if (out != null) {
          out.add(line);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(lines.subList(0, i));
      }
      String t = line.text();
      int from = 0;
      for (int cut : cuts) {
        out.add(new SourceLine(line.number(), Cjk.strip(t.substring(from, cut))));
        from = cut;
      }
      out.add(new SourceLine(line.number(), t.substring(from)));
    }
    return out == null ? lines : out;
  }

  /**
   * Where {@code line} is cut: before each field label, other than at its start, that ends at one of
   * its colons. None unless the line starts with a label. One pass over the colons, so that long
   * lines stay linear.
   */
  static int[] cuts(String line) {
    int full = line.indexOf('：', 1);
    int half = line.indexOf(':', 1);
    if ((full < 0 && half < 0) || !Labels.startsWithLabel(line)) {
      return NONE;
    }
    int[] cuts = NONE;
    int count = 0;
    int after = 1; // a label starts after the previous cut's colon
    while (full >= 0 || half >= 0) {
      int colon;
      if (half < 0 || (full >= 0 && full < half)) {
        colon = full;
        full = line.indexOf('：', full + 1);
      } else {
        colon = half;
        half = line.indexOf(':', half + 1);
      }
      int start = labelEndingAt(line, colon);
      if (start >= after) {
        if (count == cuts.length) {
          cuts = Arrays.copyOf(cuts, Math.max(4, 2 * count));
        }
        cuts[count++] = start;
        after = colon + 1;
      }
    }
    return Arrays.copyOf(cuts, count);
  }

  /**
   * The start of the field label before the colon at {@code colon} (spaces between allowed, and
   * 发证机关's bracketed remark), or -1 when no label ends there.
   */
  private static int labelEndingAt(String line, int colon) {
    int end = skipSpacesBack(line, colon);
    if (end > 0 && Cjk.isCloseParen(line.charAt(end - 1))) {
      int open = end - 2;
      int limit = Math.max(0, end - MAX_REMARK);
      while (open >= limit && !Cjk.isOpenParen(line.charAt(open))) {
        open--;
      }
      int issuer = open < limit ? -1 : skipSpacesBack(line, open) - Labels.ISSUER.length();
      return issuer >= 0 && line.startsWith(Labels.ISSUER, issuer) ? issuer : -1;
    }
    for (String label : FIELDS) {
      int start = end - label.length();
      if (start >= 0 && line.startsWith(label, start)) {
        return start;
      }
    }
    return -1;
  }

  private static int skipSpacesBack(String line, int i) {
    while (i > 0 && Cjk.isSpace(line.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
