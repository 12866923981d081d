package dev.telelicense.rules.agenda;

import dev.telelicense.rules.calendar.DayKind;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.OptionalInt;

/** Counting days left to a deadline on the working-day calendar. */
final class Workdays {
  private Workdays() {}

  /**
   * The working days after {@code from} up to and including {@code to}; negative (the working days
   * after {@code to} up to {@code from}) when {@code to} is earlier. Empty when the calendar does
   * not know a day between them.
   */
  static OptionalInt between(LocalDate from, LocalDate to, WorkdayCalendar calendar) {
    boolean back = to.isBefore(from);
    LocalDate start = back ? to : from;
    LocalDate end = back ? from : to;
    int n = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      DayKind k = calendar.kindOf(d);
      if (k == DayKind.UNKNOWN) {
        return OptionalInt.empty();
      }
      if (k == DayKind.WORKDAY) {
        n++;
      }
    }
    return OptionalInt.of(back ? -n : n);
  }
}
