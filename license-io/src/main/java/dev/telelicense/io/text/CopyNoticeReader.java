package dev.telelicense.io.text;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.CopyNotice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 复印件标注 — a stamp on a copy ({@code 仅供懂车聚光首页信息变更使用 / 有效期至2024年3月27日 /
 * 再次复印无效}), on one line or several, anywhere in the text. {@link TextParts} sets its lines apart
 * so that its date is never read as the licence's validity.
 */
final class CopyNoticeReader {
  private static final String PURPOSE_START = "仅供";
  private static final String PURPOSE_END = "使用";
  private static final String NO_RECOPY = "再次复印无效";
  /** The stamp has three parts; it never runs longer. */
  private static final int MAX_LINES = 3;

  /**
   * A stamp as printed: its text, its lines joined, and the lines {@code [first, last]} it covers.
   *
   * @param text the stamp's lines joined
   * @param line the 1-based source line it starts on
   * @param first the index of its first line
   * @param last the index of its last line
   */
  record Stamp(String text, int line, int first, int last) {}

  private CopyNoticeReader() {}

  /** Every stamp in {@code lines}, in order. */
  static List<Stamp> stamps(List<SourceLine> lines) {
    List<Stamp> stamps = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (!t.startsWith(PURPOSE_START) || !t.contains(PURPOSE_END)) {
        continue;
      }
      StringBuilder stamp = new StringBuilder(t);
      int last = i;
      for (int j = nextNonBlank(lines, i), parts = 1; j >= 0 && parts < MAX_LINES
          && isStampContinuation(stamp, lines.get(j).text()); j = nextNonBlank(lines, j), parts++) {
        stamp.append(lines.get(j).text());
        last = j;
      }
      String s = stamp.toString();
      if (s.contains("有效期") || s.contains("复印")) {
        stamps.add(new Stamp(s, lines.get(i).number(), i, last));
        i = last; // a stamp's lines are read once
      }
    }
    return stamps;
  }

  /** The first stamp's notice; every stamp's unreadable date is reported. Null without a stamp. */
  @Nullable
  static CopyNotice read(List<Stamp> stamps, DiagnosticSink sink) {
    CopyNotice first = null;
    for (Stamp s : stamps) {
      CopyNotice notice = toNotice(s.text(), s.line(), sink);
      if (first == null) {
        first = notice;
      }
    }
    return first;
  }

  private static int nextNonBlank(List<SourceLine> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether {@code line} continues the stamp: its validity while it has none yet, or its closing
   * 再次复印无效. A second validity is the licence's own 有效期至 and stays on the main page.
   */
  private static boolean isStampContinuation(CharSequence stamp, String line) {
    String s = stamp.toString();
    if (s.contains("复印无效")) {
      return false;
    }
    boolean validity = line.startsWith(Labels.VALID_UNTIL) || line.startsWith(Labels.VALID_UNTIL_LONG);
    return (validity && !s.contains(Labels.VALID_UNTIL) && !s.contains(Labels.VALID_UNTIL_LONG) && !isFieldLabel(line))
        || line.startsWith(NO_RECOPY) || line.startsWith("复印无效");
  }

  /**
   * {@code 有效期至：2029年…} with a colon is the main page's field; stamps print the date straight after
   * the words ({@code 有效期至2024年3月27日}). Told apart so a stamp without a date of its own never
   * takes the licence's.
   */
  private static boolean isFieldLabel(String line) {
    int label = line.startsWith(Labels.VALID_UNTIL_LONG) ? Labels.VALID_UNTIL_LONG.length() : Labels.VALID_UNTIL.length();
    int i = label;
    while (i < line.length() && Cjk.isSpace(line.charAt(i))) {
      i++;
    }
    return i < line.length() && Cjk.isColon(line.charAt(i));
  }

  private static CopyNotice toNotice(String stamp, int line, DiagnosticSink sink) {
    int validity = stamp.indexOf(Labels.VALID_UNTIL);
    int labelLength = Labels.VALID_UNTIL.length();
    int longForm = stamp.indexOf(Labels.VALID_UNTIL_LONG);
    if (longForm >= 0 && (validity < 0 || longForm < validity)) {
      validity = longForm;
      labelLength = Labels.VALID_UNTIL_LONG.length();
    }
    String head = validity >= 0 ? stamp.substring(0, validity) : stamp;
    int purposeEnd = head.lastIndexOf(PURPOSE_END);
    String purpose = Cjk.strip(head.substring(PURPOSE_START.length(),
        Math.max(PURPOSE_START.length(), purposeEnd)));
    Optional<LocalDate> until = Optional.empty();
    if (validity >= 0) {
      String raw = dateText(Labels.afterColon(stamp, validity + labelLength));
      until = DateReader.read(raw);
      if (until.isEmpty()) {
        sink.report(DiagnosticCode.DATE_UNREADABLE, line, "copyNotice.validUntil",
            "unreadable date for copyNotice.validUntil (复印件有效期至): " + Texts.quote(raw));
      }
    }
    return CopyNotice.builder().purpose(purpose).validUntil(until).build();
  }

  /** The date part of {@code 2024年3月27日再次复印无效}: up to the first 日, else up to the stamp's end. */
  private static String dateText(String rest) {
    int day = rest.indexOf('日');
    if (day >= 0) {
      return Cjk.strip(rest.substring(0, day + 1));
    }
    int end = rest.indexOf(NO_RECOPY);
    return Cjk.strip(end >= 0 ? rest.substring(0, end) : rest);
  }
}
