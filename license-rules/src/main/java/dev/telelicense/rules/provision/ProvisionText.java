package dev.telelicense.rules.provision;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a provision as the matcher reads it. Scans mix full- and half-width forms, scatter
 * spaces, wrap lines inside sentences and leave page headers ({@code 经营许可证编号：京B2-…},
 * {@code 特别规定事项}) in the middle of a word: {@link #normalize} keeps only letters and digits and
 * drops those headers, and {@link #paragraphs} tells a paragraph break from a wrapped line.
 */
final class ProvisionText {
  private static final String NUMBER_LABEL = "经营许可证编号";
  /** Headers a page break leaves inside a provision's text, in normalised form. */
  private static final String[] PAGE_TITLES = {"中华人民共和国增值电信业务经营许可证", "特别规定事项"};

  private ProvisionText() {}

  /**
   * Half-width, letters and digits only, variant characters folded ({@code 及} read as {@code 和},
   * {@code 帐} as {@code 账}, as templates differ in both), page headers removed.
   */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      b.append(c == '及' ? '和' : c == '帐' ? '账' : Character.toUpperCase(c));
    }
    return withoutPageHeaders(b);
  }

  private static String withoutPageHeaders(StringBuilder b) {
    for (String title : PAGE_TITLES) {
      for (int at = b.indexOf(title); at >= 0; at = b.indexOf(title, at)) {
        b.delete(at, at + title.length());
      }
    }
    for (int at = b.indexOf(NUMBER_LABEL); at >= 0; at = b.indexOf(NUMBER_LABEL, at + 1)) {
      int end = afterLicenseNumber(b, at + NUMBER_LABEL.length());
      if (end > at + NUMBER_LABEL.length()) {
        b.delete(at, end);
        at--;
      }
    }
    return b.toString();
  }

  /**
   * Where a licence number printed at {@code from} ends ({@code 京B220240286}, {@code 京ICP证150746号},
   * {@code B1B220090108}, {@code 合字B1…}); {@code from} itself when none starts there, as in
   * {@code 公布你公司名称和经营许可证编号且…}, where the label is the provision's own words.
   */
  private static int afterLicenseNumber(StringBuilder b, int from) {
    int i = from;
    if (b.indexOf("合字", i) == i) {
      i += 2;
    }
    if (i + 1 < b.length() && !isAsciiLetterOrDigit(b.charAt(i)) && isAsciiLetter(b.charAt(i + 1))) {
      i++; // the province's abbreviation
    }
    if (i >= b.length() || !isAsciiLetter(b.charAt(i))) {
      return from;
    }
    while (i < b.length() && (isAsciiLetterOrDigit(b.charAt(i)) || b.charAt(i) == '证'
        || b.charAt(i) == '号')) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  /**
   * The paragraphs of a text, each a list of its sentences (split after {@code 。}), as printed. A line
   * break ends a paragraph only after a sentence's end ({@code 。；：！？}); any other one is a wrapped
   * line (or a page break) and is joined to the next.
   */
  static List<List<String>> paragraphs(String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      paragraph.append(t);
      if (endsSentence(t.charAt(t.length() - 1))) {
        paragraphs.add(sentences(paragraph.toString()));
        paragraph.setLength(0);
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(sentences(paragraph.toString()));
    }
    return paragraphs;
  }

  private static boolean endsSentence(char c) {
    return "。；：！？;:!?".indexOf(c) >= 0;
  }

  private static List<String> sentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      if (paragraph.charAt(i) == '。') {
        sentences.add(paragraph.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < paragraph.length()) {
      sentences.add(paragraph.substring(start));
    }
    return sentences;
  }
}
