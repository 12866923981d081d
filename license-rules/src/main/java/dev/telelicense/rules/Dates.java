package dev.telelicense.rules;

import java.time.LocalDate;

/** Days in messages, written as {@link LocalDate#toString} writes them ({@code 2024-09-27}). */
final class Dates {
  private Dates() {}

  /**
   * Appends {@code day} in place: messages name several days each, and a {@code String} per day was
   * a good part of writing them.
   */
  static StringBuilder append(StringBuilder b, LocalDate day) {
    int year = day.getYear();
    if (year < 1000 || year > 9999) {
      return b.append(day); // signs and wide years: as java.time writes them
    }
    int month = day.getMonthValue();
    int dom = day.getDayOfMonth();
    return b.append(year).append(month < 10 ? "-0" : "-").append(month).append(dom < 10 ? "-0" : "-")
        .append(dom);
  }
}
