package dev.telelicense.io.text;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.CopyNotice;
import java.time.LocalDate;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * 复印件标注 — a stamp on a copy ({@code 仅供懂车聚光首页信息变更使用 / 有效期至2024年3月27日 /
 * 再次复印无效}), on one line or several, anywhere in the text. Its lines are taken so that its date is
 * never read as the licence's validity.
 */
final class CopyNoticeReader {
  private static final String PURPOSE_START = "仅供";
  private static final String PURPOSE_END = "使用";
  private static final String VALID_UNTIL = "有效期至";
  private static final String VALID_UNTIL_LONG = "有效期限至";
  private static final String NO_RECOPY = "再次复印无效";
  /** The stamp has three parts; it never runs longer. */
  private static final int MAX_LINES = 3;

  private CopyNoticeReader() {}

  @Nullable
  static CopyNotice read(ScannedText doc, DiagnosticSink sink) {
    CopyNotice first = null;
    for (int i = 0; i < doc.size(); i++) {
      String t = doc.text(i);
      if (doc.isTaken(i) || !t.startsWith(PURPOSE_START) || !t.contains(PURPOSE_END)) {
        continue;
      }
      StringBuilder stamp = new StringBuilder(t);
      int last = i;
      for (int j = doc.nextNonBlank(i), parts = 1; j >= 0 && parts < MAX_LINES
          && isStampContinuation(stamp, doc.text(j)); j = doc.nextNonBlank(j), parts++) {
        stamp.append(doc.text(j));
        last = j;
      }
      String s = stamp.toString();
      if (!s.contains("有效期") && !s.contains("复印")) {
        continue;
      }
      for (int k = i; k <= last; k++) {
        doc.take(k);
      }
      CopyNotice notice = toNotice(s, doc.line(i).number(), sink);
      if (first == null) {
        first = notice;
      }
    }
    return first;
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
    boolean validity = line.startsWith(VALID_UNTIL) || line.startsWith(VALID_UNTIL_LONG);
    return (validity && !s.contains(VALID_UNTIL) && !s.contains(VALID_UNTIL_LONG) && !isFieldLabel(line))
        || line.startsWith(NO_RECOPY) || line.startsWith("复印无效");
  }

  /**
   * {@code 有效期至：2029年…} with a colon is the main page's field; stamps print the date straight after
   * the words ({@code 有效期至2024年3月27日}). Told apart so a stamp without a date of its own never
   * takes the licence's.
   */
  private static boolean isFieldLabel(String line) {
    int label = line.startsWith(VALID_UNTIL_LONG) ? VALID_UNTIL_LONG.length() : VALID_UNTIL.length();
    int i = label;
    while (i < line.length() && Cjk.isSpace(line.charAt(i))) {
      i++;
    }
    return i < line.length() && Cjk.isColon(line.charAt(i));
  }

  private static CopyNotice toNotice(String stamp, int line, DiagnosticSink sink) {
    int validity = stamp.indexOf(VALID_UNTIL);
    int labelLength = VALID_UNTIL.length();
    int longForm = stamp.indexOf(VALID_UNTIL_LONG);
    if (longForm >= 0 && (validity < 0 || longForm < validity)) {
      validity = longForm;
      labelLength = VALID_UNTIL_LONG.length();
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
        sink.error(DiagnosticCodes.DATE_UNREADABLE, line, "copyNotice.validUntil",
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
