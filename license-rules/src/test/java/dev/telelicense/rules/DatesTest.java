package dev.telelicense.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days in messages read exactly as {@link LocalDate#toString} writes them. */
class DatesTest {

  @Test
  void aDayIsWrittenAsJavaTimeWritesIt() {
    for (LocalDate d = LocalDate.of(2023, 12, 25); d.isBefore(LocalDate.of(2025, 1, 10)); d = d.plusDays(1)) {
      assertEquals(d.toString(), Dates.append(new StringBuilder(), d).toString());
    }
    for (LocalDate d : new LocalDate[] {LocalDate.of(999, 1, 1), LocalDate.of(1000, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 6, 9), LocalDate.MIN, LocalDate.MAX}) {
      assertEquals(d.toString(), Dates.append(new StringBuilder("x"), d).substring(1));
    }
  }
}
