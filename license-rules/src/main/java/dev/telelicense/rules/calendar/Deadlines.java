package dev.telelicense.rules.calendar;

import java.time.LocalDate;

/**
 * 期间计算 — how the provisions' periods are counted. Pure functions of their arguments.
 *
 * <ul>
 *   <li>A period of days after an event follows 民法典 第二百零一条: counting starts the day after the
 *       event; by 第二百零三条 a period whose last day is a statutory holiday or rest day ends on the
 *       next working day.
 *   <li>A period of working days (工作日) counts only the calendar's working days after the event.
 *   <li>A deadline counted back from a date ({@code 提前90日}) is a plain calendar subtraction: the
 *       civil-law extension protects someone who acts late in a period, not a cut-off before expiry.
 * </ul>
 */
public final class Deadlines {
  private Deadlines() {}

  /**
   * The last day of a period of {@code days} days after {@code event} (e.g. 30日内): {@code event} plus
   * {@code days}, moved to the next working day when it falls on a holiday or rest day.
   *
   * @param event the day of the event; counting starts the day after it
   * @param days the length of the period, at least 1
   * @param calendar the calendar that says which days are working days
   * @return the deadline, unknown when the calendar lacks a year the shift needs
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static Deadline daysAfter(LocalDate event, int days, WorkdayCalendar calendar) {
    requirePositive(days);
    LocalDate last = event.plusDays(days);
    return nextWorkdayFrom(last, last, calendar);
  }

  /**
   * The {@code workdays}-th working day after {@code event} (e.g. 10个工作日内).
   *
   * @param event the day of the event; counting starts the day after it
   * @param workdays how many working days, at least 1
   * @param calendar the calendar that says which days are working days
   * @return the deadline, unknown when the calendar lacks a year the count passes through
   * @throws IllegalArgumentException if {@code workdays} is less than 1
   */
  public static Deadline workdaysAfter(LocalDate event, int workdays, WorkdayCalendar calendar) {
    requirePositive(workdays);
    // Each calendar day is at most one working day, so the count cannot end before event + n.
    LocalDate earliest = event.plusDays(workdays);
    LocalDate day = event;
    int counted = 0;
    while (counted < workdays) {
      day = day.plusDays(1);
      DayKind k = calendar.kindOf(day);
      if (k == DayKind.UNKNOWN) {
        return Deadline.unknown(day.getYear(), earliest);
      }
      if (k == DayKind.WORKDAY) {
        counted++;
      }
    }
    return Deadline.on(day);
  }

  /**
   * {@code days} calendar days before {@code date}, not shifted (e.g. 提前90日 before 有效期至).
   *
   * @param date the day counted back from
   * @param days how many days, at least 1
   * @return the day, whatever kind of day it is
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static LocalDate daysBefore(LocalDate date, int days) {
    requirePositive(days);
    return date.minusDays(days);
  }

  /**
   * {@code day} itself if it is a working day, else the next working day.
   *
   * @param day the first day that may be the deadline
   * @param calendar the calendar that says which days are working days
   * @return the deadline, unknown when the calendar lacks a year it needs
   */
  public static Deadline nextWorkdayFrom(LocalDate day, WorkdayCalendar calendar) {
    return nextWorkdayFrom(day, day, calendar);
  }

  private static Deadline nextWorkdayFrom(LocalDate day, LocalDate earliest, WorkdayCalendar calendar) {
    LocalDate d = day;
    // A run of rest days is at most a few weeks (Spring Festival); a year of them means bad data.
    for (int i = 0; i < 366; i++) {
      DayKind k = calendar.kindOf(d);
      if (k == DayKind.UNKNOWN) {
        return Deadline.unknown(d.getYear(), earliest);
      }
      if (k == DayKind.WORKDAY) {
        return Deadline.on(d);
      }
      d = d.plusDays(1);
    }
    throw new IllegalArgumentException("calendar has no working day in the year after " + day);
  }

  private static void requirePositive(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("period must be at least 1 day, was " + n);
    }
  }
}
