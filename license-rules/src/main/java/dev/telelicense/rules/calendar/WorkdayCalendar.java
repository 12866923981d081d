package dev.telelicense.rules.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 工作日历 — which days are working days (工作日) under the State Council's annual holiday notices
 * (国务院办公厅关于部分节假日安排的通知). Implementations must be immutable and thread-safe.
 *
 * <p>A year no notice covers is {@link DayKind#UNKNOWN}, never "holiday-free": the notice for a year
 * appears in the autumn before it. Add next year's notice with {@link #builder()} or {@link #parse}
 * and {@link #and(WorkdayCalendar)}:
 *
 * <pre>{@code
 * WorkdayCalendar cal = WorkdayCalendar.official().and(WorkdayCalendar.builder()
 *     .knownYear(2027).dayOff(LocalDate.of(2027, 1, 1)).makeUpWorkday(LocalDate.of(2027, 2, 7))
 *     .build());
 * }</pre>
 */
@FunctionalInterface
public interface WorkdayCalendar {

  /**
   * What kind of day {@code date} is.
   *
   * @param date any day
   * @return working day, rest day, or {@link DayKind#UNKNOWN} for a year no notice covers
   */
  DayKind kindOf(LocalDate date);

  /**
   * The bundled notices, 2019–2026 ({@code cn-holidays.txt}).
   *
   * @return the shared official calendar
   */
  static WorkdayCalendar official() {
    return OfficialCalendar.INSTANCE;
  }

  /**
   * This calendar with {@code other} laid over it: where {@code other} knows a day (not
   * {@link DayKind#UNKNOWN}) its answer wins, elsewhere this calendar answers.
   *
   * @param other the calendar laid over this one, e.g. next year's notice
   * @return the combined calendar
   * @throws NullPointerException if {@code other} is null
   */
  default WorkdayCalendar and(WorkdayCalendar other) {
    Objects.requireNonNull(other, "other");
    WorkdayCalendar base = this;
    return date -> {
      DayKind k = other.kindOf(date);
      return k != DayKind.UNKNOWN ? k : base.kindOf(date);
    };
  }

  /**
   * A calendar built day by day, e.g. from next year's notice.
   *
   * @return a new, empty builder
   */
  static NoticeCalendar.Builder builder() {
    return NoticeCalendar.builder();
  }

  /**
   * Reads notices in the format of the bundled {@code cn-holidays.txt}: {@code year <Y> <source…>}
   * opens a notice, then {@code <Y> off|work <date> <holiday>} per day; {@code #} starts a comment.
   *
   * @param notices the text, read to its end and not closed
   * @return the calendar of those notices alone; lay it over {@link #official()} with {@link #and}
   * @throws IllegalArgumentException naming the line when the text is not in that format
   * @throws java.io.UncheckedIOException if reading fails
   */
  static NoticeCalendar parse(Reader notices) {
    try {
      return NoticeCalendar.parse(new BufferedReader(notices));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@link #parse(Reader)} over a string.
   *
   * @param notices the text of the notices
   * @return the calendar of those notices alone
   * @throws IllegalArgumentException naming the line when the text is not in that format
   */
  static NoticeCalendar parse(String notices) {
    return parse(new StringReader(notices));
  }

  /**
   * {@link #parse(Reader)} over UTF-8 bytes; the stream is not closed.
   *
   * @param notices the notices as UTF-8
   * @return the calendar of those notices alone
   * @throws IllegalArgumentException naming the line when the text is not in that format
   * @throws java.io.UncheckedIOException if reading fails
   */
  static NoticeCalendar parse(InputStream notices) {
    return parse(new InputStreamReader(notices, StandardCharsets.UTF_8));
  }
}
