package dev.telelicense.io.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The normalised lines of one licence, which lines a reader has already taken (page headers, the
 * copy notice) and where the three parts begin: 正文 (main page), 附页 (appendix) and 特别规定事项
 * (provisions).
 */
final class ScannedText {
  private final List<SourceLine> lines;
  private final boolean[] taken;
  /** Whether each line is a page header, worked out once: readers ask many times per line. */
  private final boolean[] header;
  private int provisionsStart;
  private int appendixStart;

  ScannedText(List<SourceLine> lines) {
    this.lines = lines;
    this.taken = new boolean[lines.size()];
    this.header = new boolean[lines.size()];
    // Only a line that may be a bare number costs a LicenseNumber.parse (which throws when it is not
    // one); those repeat on every page, so their answer is remembered. Every other line is cheap to
    // test, and hashing all of them cost more than the tests.
    Map<String, Boolean> known = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      String t = lines.get(i).text();
      header[i] = !t.isEmpty() && (PageHeaders.isHeaderButBareNumber(t)
          || (PageHeaders.mayBeBareNumber(t) && known.computeIfAbsent(t, PageHeaders::isBareNumber)));
    }
  }

  int size() {
    return lines.size();
  }

  SourceLine line(int i) {
    return lines.get(i);
  }

  String text(int i) {
    return lines.get(i).text();
  }

  void take(int i) {
    taken[i] = true;
  }

  boolean isTaken(int i) {
    return taken[i];
  }

  /** Whether line {@code i} holds text a reader should look at: not blank, taken or a page header. */
  boolean isContent(int i) {
    return !taken[i] && !header[i] && !lines.get(i).isBlank();
  }

  /** The next content line after {@code i} before {@code end}, or -1. */
  int nextContent(int i, int end) {
    for (int j = i + 1; j < end; j++) {
      if (isContent(j)) {
        return j;
      }
    }
    return -1;
  }

  /** The next non-blank line after {@code i}, or -1. */
  int nextNonBlank(int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  /** The previous non-blank line before {@code i}, or -1. */
  int previousNonBlank(int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Finds where the parts begin: the provisions at the first {@code 特别规定事项}, {@code 《特别规定事项》}
   * preamble or {@code 一、}; the appendix before that at its title, first heading or first website.
   */
  void locateParts() {
    provisionsStart = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      String t = text(i);
      if (!taken[i] && (t.equals(PageHeaders.PROVISIONS_TITLE) || t.startsWith("《特别规定事项》")
          || t.startsWith("一、"))) {
        provisionsStart = i;
        break;
      }
    }
    appendixStart = provisionsStart;
    for (int i = 0; i < provisionsStart; i++) {
      String t = text(i);
      if (!taken[i] && (PageHeaders.isAppendixTitle(t) || AppendixReader.startsHeading(this, i, provisionsStart)
          || t.startsWith(Labels.WEBSITE_NAME))) {
        appendixStart = i;
        break;
      }
    }
  }

  int provisionsStart() {
    return provisionsStart;
  }

  int appendixStart() {
    return appendixStart;
  }

  /** The main page ends where the appendix or, without one, the provisions begin. */
  int mainEnd() {
    return Math.min(appendixStart, provisionsStart);
  }

  /** A value found after its label: the text and its source line. */
  record Field(String value, int line) {}

  /**
   * The first value labelled {@code label} in lines {@code [from, end)}: on the label's line or, when
   * that holds only the label, on the next content line unless that is another label.
   */
  @Nullable
  Field find(String label, int from, int end) {
    for (int i = from; i < end; i++) {
      if (taken[i]) {
        continue;
      }
      String value = Labels.valueAfter(text(i), label);
      if (value == null) {
        continue;
      }
      if (!value.isEmpty()) {
        return new Field(value, line(i).number());
      }
      int next = nextContent(i, end);
      if (next >= 0 && !Labels.startsWithLabel(text(next))) {
        return new Field(text(next), line(next).number());
      }
      return new Field("", line(i).number());
    }
    return null;
  }
}
