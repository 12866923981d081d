package dev.telelicense.rules.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A calendar made of holiday notices: the years they cover, the days they make days off (放假) and the
 * weekend days they make working days (调休上班). A day a notice names is known even when it lies in
 * the year before (the notice for 2019 names 2018-12-29 to 31); any other day is known only in a
 * covered year.
 *
 * <p>Immutable and thread-safe.
 */
public final class NoticeCalendar implements WorkdayCalendar {

  private final Set<Integer> knownYears;
  private final Map<LocalDate, DayKind> listed;

  private NoticeCalendar(Set<Integer> knownYears, Map<LocalDate, DayKind> listed) {
    this.knownYears = Collections.unmodifiableSet(new TreeSet<>(knownYears));
    this.listed = Map.copyOf(listed);
  }

  /**
   * A builder for a calendar of one's own notices.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The years a notice covers, ascending.
   *
   * @return the years, unmodifiable
   */
  public Set<Integer> knownYears() {
    return knownYears;
  }

  @Override
  public DayKind kindOf(LocalDate date) {
    DayKind k = listed.get(date);
    if (k != null) {
      return k;
    }
    if (!knownYears.contains(date.getYear())) {
      return DayKind.UNKNOWN;
    }
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? DayKind.REST_DAY : DayKind.WORKDAY;
  }

  static NoticeCalendar parse(BufferedReader reader) throws IOException {
    Builder b = builder();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] f = s.split("\\s+", -1);
      try {
        if (f[0].equals("year")) {
          b.knownYear(Integer.parseInt(f[1]));
        } else if (f.length >= 3 && f[1].equals("off")) {
          b.dayOff(LocalDate.parse(f[2]));
        } else if (f.length >= 3 && f[1].equals("work")) {
          b.makeUpWorkday(LocalDate.parse(f[2]));
        } else {
          throw new IllegalArgumentException("line " + n + ": expected 'year <Y>' or "
              + "'<Y> off|work <date>', got '" + s + "'");
        }
      } catch (NumberFormatException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalArgumentException("line " + n + ": " + e.getMessage() + " in '" + s + "'", e);
      }
    }
    return b.build();
  }

  /** Collects one or more notices. Not thread-safe; the calendar it builds is. */
  public static final class Builder {
    private final Set<Integer> knownYears = new TreeSet<>();
    private final Map<LocalDate, DayKind> listed = new HashMap<>();

    private Builder() {}

    /**
     * A year a notice covers: its unlisted days follow the week (Monday–Friday work).
     *
     * @param year the year the notice is for
     * @return this builder
     */
    public Builder knownYear(int year) {
      knownYears.add(year);
      return this;
    }

    /**
     * A day the notice makes a day off (法定节假日 or 调休休息).
     *
     * @param date the day off
     * @return this builder
     * @throws IllegalArgumentException if the day is already listed as a working day
     */
    public Builder dayOff(LocalDate date) {
      return put(date, DayKind.REST_DAY);
    }

    /**
     * A weekend day the notice makes a working day (调休上班).
     *
     * @param date the working day
     * @return this builder
     * @throws IllegalArgumentException if the day is already listed as a day off
     */
    public Builder makeUpWorkday(LocalDate date) {
      return put(date, DayKind.WORKDAY);
    }

    private Builder put(LocalDate date, DayKind kind) {
      DayKind before = listed.put(date, kind);
      if (before != null && before != kind) {
        throw new IllegalArgumentException(date + " is listed both as a day off and a working day");
      }
      return this;
    }

    /**
     * Builds the calendar; the builder may go on collecting.
     *
     * @return an immutable calendar of the notices collected so far
     */
    public NoticeCalendar build() {
      return new NoticeCalendar(knownYears, listed);
    }
  }
}
