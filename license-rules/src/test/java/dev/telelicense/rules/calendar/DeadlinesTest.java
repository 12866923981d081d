package dev.telelicense.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** 民法典 第二百零一条、第二百零三条 and 工作日 counting. */
class DeadlinesTest {
  private final WorkdayCalendar cal = WorkdayCalendar.official();

  @Test
  void thirtyDaysEndingOnNationalDayRunToTheNextWorkingDay() {
    // Decided 2024-09-01: the count starts on 09-02, day 30 is 10-01, a holiday through 10-07.
    Deadline d = Deadlines.daysAfter(LocalDate.of(2024, 9, 1), 30, cal);
    assertEquals(Optional.of(LocalDate.of(2024, 10, 8)), d.date());
    assertEquals(Optional.of(true), d.isMetBy(LocalDate.of(2024, 10, 8)));
    assertEquals(Optional.of(false), d.isMetBy(LocalDate.of(2024, 10, 9)));
  }

  @Test
  void aPeriodEndingOnAWorkingDayIsNotShifted() {
    assertEquals(Optional.of(LocalDate.of(2024, 4, 1)),
        Deadlines.daysAfter(LocalDate.of(2024, 3, 2), 30, cal).date());
  }

  @Test
  void aPeriodEndingOnAWeekendBeforeAHolidayRunsPastBoth() {
    // 2024-05-09 + 30 = Saturday 06-08; Sunday 06-09, 端午 Monday 06-10 off: ends Tuesday 06-11.
    assertEquals(Optional.of(LocalDate.of(2024, 6, 11)),
        Deadlines.daysAfter(LocalDate.of(2024, 5, 9), 30, cal).date());
  }

  @Test
  void tenWorkingDaysCountMakeUpDaysAndSkipTheHoliday() {
    // Handled Friday 2024-09-27: make-up Sunday 09-29 and Saturday 10-12 count, 10-01..07 do not.
    assertEquals(Optional.of(LocalDate.of(2024, 10, 16)),
        Deadlines.workdaysAfter(LocalDate.of(2024, 9, 27), 10, cal).date());
  }

  @Test
  void aCountIntoAYearWithoutANoticeNamesThatYear() {
    Deadline d = Deadlines.daysAfter(LocalDate.of(2026, 12, 10), 30, cal);
    assertEquals(Optional.empty(), d.date());
    assertEquals(OptionalInt.of(2027), d.unknownYear());
    assertEquals(LocalDate.of(2027, 1, 9), d.earliest());
    assertEquals(Optional.of(true), d.isMetBy(LocalDate.of(2027, 1, 9)), "a shift only ever extends");
    assertEquals(Optional.empty(), d.isMetBy(LocalDate.of(2027, 1, 11)));
    assertTrue(d.toString().contains("2027"));
  }

  @Test
  void workingDaysIntoAnUnknownYearAreUnknown() {
    Deadline d = Deadlines.workdaysAfter(LocalDate.of(2026, 12, 24), 10, cal);
    assertEquals(OptionalInt.of(2027), d.unknownYear());
    assertEquals(LocalDate.of(2027, 1, 3), d.earliest());
  }

  @Test
  void countingBackFromExpiryDoesNotShift() {
    // 2029-01-25 − 90 days = 2028-10-27, a Friday; the count back never moves for holidays.
    assertEquals(LocalDate.of(2028, 10, 27), Deadlines.daysBefore(LocalDate.of(2029, 1, 25), 90));
    assertEquals(LocalDate.of(2025, 3, 12), Deadlines.daysBefore(LocalDate.of(2025, 6, 10), 90));
  }
}
