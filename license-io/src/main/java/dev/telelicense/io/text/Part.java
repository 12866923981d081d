package dev.telelicense.io.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One part of the licence (正文, 附页 or 特别规定事项) as its reader gets it: the lines that hold text,
 * in order, without blank lines, page headers and the copy stamp's lines. Immutable.
 *
 * @param lines the part's lines
 */
record Part(List<SourceLine> lines) {
  Part {
    lines = List.copyOf(lines);
  }

  int size() {
    return lines.size();
  }

  String text(int i) {
    return lines.get(i).text();
  }

  /** The 1-based source line of line {@code i}, for diagnostics. */
  int number(int i) {
    return lines.get(i).number();
  }

  /** The lines {@code [from, to)} as a part of their own. */
  Part sub(int from, int to) {
    return new Part(lines.subList(from, to));
  }

  /**
   * A value found after its label: the text, its source line and the index of the line it is on (the
   * label's or the next).
   */
  record Field(String value, int line, int index) {}

  /**
   * The first value labelled {@code label}, as {@link #valueAt}; a field with an empty value when the
   * label stands alone; null when no line starts with the label.
   */
  @Nullable
  Field find(String label) {
    for (int i = 0; i < lines.size(); i++) {
      if (text(i).startsWith(label)) {
        Field f = valueAt(i, label);
        return f != null ? f : new Field("", number(i), i);
      }
    }
    return null;
  }

  /**
   * 标签后的值 — the value after {@code label} on line {@code i}, which starts with it: on the label's
   * line or, when that holds only the label, on the next line unless that starts another label. Null
   * when there is none.
   */
  @Nullable
  Field valueAt(int i, String label) {
    String value = Labels.afterColon(text(i), label.length());
    if (!value.isEmpty()) {
      return new Field(value, number(i), i);
    }
    int next = i + 1;
    if (next < lines.size() && !Labels.startsWithLabel(text(next))) {
      return new Field(text(next), number(next), next);
    }
    return null;
  }
}
