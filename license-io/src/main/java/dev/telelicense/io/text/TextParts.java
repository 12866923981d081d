package dev.telelicense.io.text;

import java.util.ArrayList;
import java.util.List;

/**
 * 分部 — the licence text split once into its parts, each for one reader: the copy stamps
 * (复印件标注), the numbers printed under the 经营许可证编号 label (the main page's and the page
 * headers'), the main page (正文), its service block (业务种类), the appendix (附页) and the special
 * provisions (特别规定事项). Stamps and page headers are set apart first, so that no reader mistakes
 * their dates and numbers for the licence's own; the parts hold only lines with text. Immutable.
 *
 * @param stamps the copy stamps, in order
 * @param numbers every labelled number: the main page's first, then the page headers'
 * @param mainPage the main page, up to the appendix or the provisions
 * @param services the main page's service block, from the 业务种类 label to the next field
 * @param appendix the appendix, up to the provisions
 * @param provisions the special provisions, to the end
 * @param endsInPageHeader whether the last line with text is a page header: a page begun and lost
 */
record TextParts(List<CopyNoticeReader.Stamp> stamps, List<NumberReader.Printed> numbers, Part mainPage,
    Part services, Part appendix, Part provisions, boolean endsInPageHeader) {

  TextParts {
    stamps = List.copyOf(stamps);
    numbers = List.copyOf(numbers);
  }

  /** Cleans {@code text} into lines, splits side-by-side fields and finds the parts. */
  static TextParts split(String text) {
    return new Splitter(SideBySideFields.split(LineNormalizer.normalize(text))).parts();
  }

  /** One split: which lines are set apart, worked out once and then cut into parts. */
  private static final class Splitter {
    private final List<SourceLine> lines;
    /** Lines of a stamp or a labelled number: no part of any reader's text. */
    private final boolean[] setApart;
    /** Lines that repeat on every page (see {@link PageHeaders}). */
    private final boolean[] header;

    Splitter(List<SourceLine> lines) {
      this.lines = lines;
      this.setApart = new boolean[lines.size()];
      this.header = new boolean[lines.size()];
      for (int i = 0; i < header.length; i++) {
        header[i] = PageHeaders.isHeader(text(i));
      }
    }

    /** Whether the last line with text is a page header. */
    private boolean endsInPageHeader() {
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (!lines.get(i).isBlank()) {
          return header[i];
        }
      }
      return false;
    }

    TextParts parts() {
      List<CopyNoticeReader.Stamp> stamps = CopyNoticeReader.stamps(lines);
      for (CopyNoticeReader.Stamp s : stamps) {
        for (int k = s.first(); k <= s.last(); k++) {
          setApart[k] = true;
        }
      }
      List<NumberReader.Printed> numbers = numbers();
      int provisionsStart = provisionsStart();
      int appendixStart = appendixStart(provisionsStart);
      Part main = content(0, appendixStart);
      return new TextParts(stamps, numbers, main, serviceBlock(main), content(appendixStart, provisionsStart),
          content(provisionsStart, lines.size()), endsInPageHeader());
    }

    private String text(int i) {
      return lines.get(i).text();
    }

    /**
     * Every {@code 经营许可证编号} label with its number, on its line or as a bare number on the line
     * after or before. After the main page's number, only header-shaped lines are page headers; a
     * sentence that mentions the label is text.
     */
    private List<NumberReader.Printed> numbers() {
      List<NumberReader.Printed> found = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String value = Labels.valueAfter(text(i), Labels.NUMBER);
        if (value == null || setApart[i] || (!found.isEmpty() && !PageHeaders.isNumberHeader(text(i)))) {
          continue;
        }
        setApart[i] = true;
        int beside = value.isEmpty() ? bareNumberBeside(i) : -1;
        if (beside >= 0) {
          setApart[beside] = true;
          found.add(new NumberReader.Printed(text(beside), lines.get(beside).number()));
        } else {
          found.add(new NumberReader.Printed(value, lines.get(i).number()));
        }
      }
      return found;
    }

    /** The bare number on the line after the label or, failing that, on the line before; or -1. */
    private int bareNumberBeside(int label) {
      int next = nonBlank(label, 1);
      if (next >= 0 && !setApart[next] && PageHeaders.isBareNumber(text(next))) {
        return next;
      }
      int previous = nonBlank(label, -1);
      if (previous >= 0 && !setApart[previous] && PageHeaders.isBareNumber(text(previous))) {
        return previous;
      }
      return -1;
    }

    /** The next non-blank line from {@code i} in direction {@code step}, or -1. */
    private int nonBlank(int i, int step) {
      for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
        if (!lines.get(j).isBlank()) {
          return j;
        }
      }
      return -1;
    }

    /** The first {@code 特别规定事项}, {@code 《特别规定事项》} preamble or {@code 一、}; else the end. */
    private int provisionsStart() {
      for (int i = 0; i < lines.size(); i++) {
        String t = text(i);
        if (!setApart[i] && (t.equals(PageHeaders.PROVISIONS_TITLE) || t.startsWith("《特别规定事项》")
            || t.startsWith("一、"))) {
          return i;
        }
      }
      return lines.size();
    }

    /** Before the provisions: the appendix title, first heading or first website; else the provisions. */
    private int appendixStart(int provisionsStart) {
      for (int i = 0; i < provisionsStart; i++) {
        String t = text(i);
        if (!setApart[i] && (PageHeaders.isAppendixTitle(t) || AppendixReader.isHeading(t)
            || (AppendixReader.opensWrappedHeading(t)
                && AppendixReader.isWrappedHeading(t, nextContentText(i, provisionsStart)))
            || t.startsWith(Labels.WEBSITE_NAME))) {
          return i;
        }
      }
      return provisionsStart;
    }

    private boolean isContent(int i) {
      return !setApart[i] && !header[i] && !lines.get(i).isBlank();
    }

    /** The text of the next content line after {@code i} before {@code end}, or "" when none. */
    private String nextContentText(int i, int end) {
      for (int j = i + 1; j < end; j++) {
        if (isContent(j)) {
          return text(j);
        }
      }
      return "";
    }

    /** The content lines of {@code [from, to)}. */
    private Part content(int from, int to) {
      List<SourceLine> part = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (isContent(i)) {
          part.add(lines.get(i));
        }
      }
      return new Part(part);
    }

    /** The block from the 业务种类 label up to the next field of the main page; empty without a label. */
    private static Part serviceBlock(Part main) {
      for (int start = 0; start < main.size(); start++) {
        if (main.text(start).startsWith(Labels.SERVICES)) {
          int end = start + 1;
          while (end < main.size() && !GrantClauseReader.endsBlock(main.text(end))) {
            end++;
          }
          return main.sub(start, end);
        }
      }
      return new Part(List.of());
    }
  }
}
