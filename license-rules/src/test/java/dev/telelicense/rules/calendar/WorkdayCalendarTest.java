package dev.telelicense.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 国务院放假安排 as a calendar: days off, make-up working days (调休), and years nobody has announced. */
class WorkdayCalendarTest {
  private final WorkdayCalendar official = WorkdayCalendar.official();

  @Test
  void nationalDayIsARestDayAndItsMakeUpWeekendsAreWorkdays() {
    assertEquals(DayKind.REST_DAY, official.kindOf(LocalDate.of(2024, 10, 1)));
    assertEquals(DayKind.REST_DAY, official.kindOf(LocalDate.of(2024, 10, 7)));
    assertEquals(DayKind.WORKDAY, official.kindOf(LocalDate.of(2024, 9, 29)), "Sunday made a working day");
    assertEquals(DayKind.WORKDAY, official.kindOf(LocalDate.of(2024, 10, 12)), "Saturday made a working day");
  }

  @Test
  void unlistedDaysOfAKnownYearFollowTheWeek() {
    assertEquals(DayKind.WORKDAY, official.kindOf(LocalDate.of(2025, 3, 5)));
    assertEquals(DayKind.REST_DAY, official.kindOf(LocalDate.of(2025, 3, 8)));
  }

  @Test
  void aNoticeCanNameDaysOfTheYearBefore() {
    // The 2019 notice moved 2018-12-29 (Saturday) to a working day and gave 30 and 31 December off.
    assertEquals(DayKind.WORKDAY, official.kindOf(LocalDate.of(2018, 12, 29)));
    assertEquals(DayKind.REST_DAY, official.kindOf(LocalDate.of(2018, 12, 31)));
    assertEquals(DayKind.UNKNOWN, official.kindOf(LocalDate.of(2018, 12, 28)), "2018 has no notice of its own");
  }

  @Test
  void aYearWithoutANoticeIsUnknownNotHolidayFree() {
    assertEquals(DayKind.UNKNOWN, official.kindOf(LocalDate.of(2027, 1, 4)));
    assertEquals(DayKind.UNKNOWN, official.kindOf(LocalDate.of(2027, 1, 9)));
  }

  @Test
  void aUserAddsNextYearsNotice() {
    WorkdayCalendar with2027 = official.and(WorkdayCalendar.builder().knownYear(2027)
        .dayOff(LocalDate.of(2027, 1, 1)).makeUpWorkday(LocalDate.of(2027, 1, 10)).build());
    assertEquals(DayKind.REST_DAY, with2027.kindOf(LocalDate.of(2027, 1, 1)));
    assertEquals(DayKind.WORKDAY, with2027.kindOf(LocalDate.of(2027, 1, 4)));
    assertEquals(DayKind.WORKDAY, with2027.kindOf(LocalDate.of(2027, 1, 10)), "make-up Sunday");
    assertEquals(DayKind.REST_DAY, with2027.kindOf(LocalDate.of(2024, 10, 1)), "official data still there");
    assertEquals(DayKind.UNKNOWN, with2027.kindOf(LocalDate.of(2028, 1, 3)));
  }

  /**
   * A calendar keeps its days in a table for speed; one whose days span centuries, or years
   * {@code LocalDate} cannot start, answers from the notices instead, and the same.
   */
  @Test
  void aCalendarAnswersTheSameWithOrWithoutItsDayTable() {
    NoticeCalendar tabled = WorkdayCalendar.builder().knownYear(2025).dayOff(LocalDate.of(2025, 10, 1))
        .makeUpWorkday(LocalDate.of(2025, 9, 28)).build();
    NoticeCalendar wide = WorkdayCalendar.builder().knownYear(2025).dayOff(LocalDate.of(2025, 10, 1))
        .makeUpWorkday(LocalDate.of(2025, 9, 28)).dayOff(LocalDate.of(1500, 1, 1)).build();
    NoticeCalendar odd = WorkdayCalendar.builder().knownYear(2025).knownYear(10_000)
        .dayOff(LocalDate.of(2025, 10, 1)).makeUpWorkday(LocalDate.of(2025, 9, 28)).build();
    for (LocalDate d = LocalDate.of(2024, 12, 1); d.isBefore(LocalDate.of(2026, 2, 1)); d = d.plusDays(1)) {
      assertEquals(tabled.kindOf(d), wide.kindOf(d), d::toString);
      assertEquals(tabled.kindOf(d), odd.kindOf(d), d::toString);
    }
    assertEquals(DayKind.REST_DAY, wide.kindOf(LocalDate.of(1500, 1, 1)));
    assertEquals(DayKind.UNKNOWN, tabled.kindOf(LocalDate.of(1500, 1, 1)));
    assertEquals(DayKind.WORKDAY, odd.kindOf(LocalDate.of(10_000, 1, 3)));
    assertEquals(DayKind.UNKNOWN, WorkdayCalendar.builder().build().kindOf(LocalDate.of(2025, 1, 2)));
  }

  @Test
  void aNoticeCanBeReadAsData() {
    NoticeCalendar notice = WorkdayCalendar.parse("""
        # 2027 notice, as a user would add it
        year 2027 https://example.invalid/notice
        2027 off 2027-01-01 元旦
        2027 work 2027-02-06 春节
        """);
    assertEquals(java.util.Set.of(2027), notice.knownYears());
    assertEquals(DayKind.WORKDAY, official.and(notice).kindOf(LocalDate.of(2027, 2, 6)));
  }

  @Test
  void malformedNoticeDataNamesTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WorkdayCalendar.parse("year 2027 x\n2027 holiday 2027-01-01 元旦\n"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aDayCannotBeBothOffAndWorking() {
    LocalDate d = LocalDate.of(2027, 1, 1);
    assertThrows(IllegalArgumentException.class,
        () -> WorkdayCalendar.builder().dayOff(d).makeUpWorkday(d));
  }
}
