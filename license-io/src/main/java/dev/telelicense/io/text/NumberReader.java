package dev.telelicense.io.text;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * 经营许可证编号 — finds every {@code 经营许可证编号} label with its number, which may share the line
 * ({@code 经营许可证编号：京B2-…}, {@code 经营许可证编号京B2-…}) or stand on the line after or before
 * it. The first is the main page's number; the rest are page headers. All of them are taken so that no
 * other reader mistakes them for text.
 */
final class NumberReader {

  /** A printed number and its line; {@code text} is empty when the label stands alone. */
  record Printed(String text, int line) {}

  private NumberReader() {}

  /** Every labelled number in document order. */
  static List<Printed> read(ScannedText doc) {
    List<Printed> found = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      String value = Labels.valueAfter(doc.text(i), Labels.NUMBER);
      if (value == null || doc.isTaken(i) || (!found.isEmpty() && !PageHeaders.isNumberHeader(doc.text(i)))) {
        continue; // after the main page's number, only header-shaped lines are headers
      }
      doc.take(i);
      Printed printed = value.isEmpty() ? numberBeside(doc, i) : null;
      found.add(printed != null ? printed : new Printed(value, doc.line(i).number()));
    }
    return found;
  }

  /** The bare number on the line after the label or, failing that, on the line before. */
  @Nullable
  private static Printed numberBeside(ScannedText doc, int label) {
    int next = doc.nextNonBlank(label);
    if (next >= 0 && !doc.isTaken(next) && PageHeaders.isBareNumber(doc.text(next))) {
      doc.take(next);
      return new Printed(doc.text(next), doc.line(next).number());
    }
    int previous = doc.previousNonBlank(label);
    if (previous >= 0 && !doc.isTaken(previous) && PageHeaders.isBareNumber(doc.text(previous))) {
      doc.take(previous);
      return new Printed(doc.text(previous), doc.line(previous).number());
    }
    return null;
  }
}
