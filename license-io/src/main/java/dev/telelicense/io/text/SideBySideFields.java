package dev.telelicense.io.text;

import java.util.ArrayList;
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
      Labels.WEBSITE_DOMAINS, Labels.SERVER_LOCATION, Labels.SERVER_LOCATION + "点", Labels.ACCESS_PROVIDER);
  /** The longest remark 发证机关 prints before its colon: {@code 发证机关(盖章):}. */
  private static final int MAX_REMARK = 6;

  private SideBySideFields() {}

  /** {@code lines} with every side-by-side line split; the same list when none is. */
  static List<SourceLine> split(List<SourceLine> lines) {
    List<SourceLine> out = null; // a copy only once some line is split
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      String t = line.text();
      int cut = Labels.startsWithLabel(t) ? nextField(t, 1) : -1;
      if (cut < 0) {
        if (out != null) {
          out.add(line);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(lines.subList(0, i));
      }
      int from = 0;
      for (; cut >= 0; from = cut, cut = nextField(t, cut + 1)) {
        out.add(new SourceLine(line.number(), Cjk.strip(t.substring(from, cut))));
      }
      out.add(new SourceLine(line.number(), t.substring(from)));
    }
    return out == null ? lines : out;
  }

  /** The first index from {@code from} where a field label with its colon starts, or -1. */
  static int nextField(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      for (String label : FIELDS) {
        if (line.startsWith(label, i) && hasColon(line, i + label.length(), label.equals(Labels.ISSUER))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether a colon follows at {@code i}, after spaces and, where {@code remark}, a short one in brackets. */
  private static boolean hasColon(String line, int i, boolean remark) {
    i = skipSpaces(line, i);
    if (remark && i < line.length() && Cjk.isOpenParen(line.charAt(i))) {
      int limit = Math.min(line.length(), i + MAX_REMARK);
      int close = i + 1;
      while (close < limit && !Cjk.isCloseParen(line.charAt(close))) {
        close++;
      }
      if (close >= limit) {
        return false;
      }
      i = skipSpaces(line, close + 1);
    }
    return i < line.length() && Cjk.isColon(line.charAt(i));
  }

  private static int skipSpaces(String line, int i) {
    while (i < line.length() && Cjk.isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }
}
