package dev.telelicense.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * 期限 — the last day of a period, or, when the calendar does not know a year the count needs, that
 * year. Either way {@link #earliest()} is a day the period certainly includes: holidays only ever
 * extend a period, so an act on or before it is in time whatever the calendar says.
 *
 * <p>Immutable and thread-safe.
 */
public final class Deadline {
  @Nullable private final LocalDate date;
  private final LocalDate earliest;
  private final int unknownYear;

  private Deadline(@Nullable LocalDate date, LocalDate earliest, int unknownYear) {
    this.date = date;
    this.earliest = earliest;
    this.unknownYear = unknownYear;
  }

  /**
   * A known last day.
   *
   * @param date the last day of the period
   * @return the deadline
   * @throws NullPointerException if {@code date} is null
   */
  public static Deadline on(LocalDate date) {
    return new Deadline(Objects.requireNonNull(date, "date"), date, 0);
  }

  /**
   * A last day that needs {@code year}, which the calendar does not know.
   *
   * @param year the year a notice is missing for
   * @param earliest a day the period certainly includes: the last day before any holiday shift
   * @return the deadline, with no date
   * @throws NullPointerException if {@code earliest} is null
   */
  public static Deadline unknown(int year, LocalDate earliest) {
    return new Deadline(null, Objects.requireNonNull(earliest, "earliest"), year);
  }

  /**
   * The last day of the period, when the calendar could count it.
   *
   * @return the last day, or empty when a year was unknown
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * The year the calendar lacked, to name in a message: a finding that needs it is not reviewed.
   *
   * @return the year, or empty when the date is known
   */
  public OptionalInt unknownYear() {
    return date == null ? OptionalInt.of(unknownYear) : OptionalInt.empty();
  }

  /**
   * A day certainly within the period: the last day when known, else the unshifted last day.
   *
   * @return a day on or before which an act is surely in time
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * Whether an act on {@code day} is in time; empty when that depends on an unknown year.
   *
   * @param day the day of the act
   * @return true when in time, false when late, empty when it cannot be told
   */
  public Optional<Boolean> isMetBy(LocalDate day) {
    if (!day.isAfter(earliest)) {
      return Optional.of(true);
    }
    return date().map(d -> !day.isAfter(d));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Deadline d && Objects.equals(date, d.date) && earliest.equals(d.earliest)
        && unknownYear == d.unknownYear;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, earliest, unknownYear);
  }

  @Override
  public String toString() {
    return date != null ? date.toString() : "unknown (no calendar for " + unknownYear + ")";
  }
}
