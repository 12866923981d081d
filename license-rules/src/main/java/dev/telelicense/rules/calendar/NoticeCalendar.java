package dev.telelicense.rules.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.concurrent.Immutable;

/**
 * A calendar made of holiday notices: the years they cover, the days they make days off (放假) and the
 * weekend days they make working days (调休上班). A day a notice names is known even when it lies in
 * the year before (the notice for 2019 names 2018-12-29 to 31); any other day is known only in a
 * covered year.
 */
@Immutable
public final class NoticeCalendar implements WorkdayCalendar {

  private final Set<Integer> knownYears;
  /** The same years, ascending, for lookups without boxing: a deadline asks for every day it counts. */
  private final int[] years;
  private final Map<LocalDate, DayKind> listed;

  /** The day {@link #days} starts at, as an epoch day. */
  private final long firstDay;
  /**
   * The {@link DayKind} ordinal of every day from {@code firstDay} to the end of the last known year
   * (or the last listed day): a deadline asks about every day it counts, and an index answers faster
   * than a map. Empty when no year is known and no day listed, or when the days span more than
   * {@link #MAX_TABLE_DAYS} (a hand-built calendar); then {@link #lookUp} answers.
   */
  private final byte[] days;

  private static final int MAX_TABLE_DAYS = 200 * 366;
  private static final DayKind[] KINDS = DayKind.values();

  private NoticeCalendar(Set<Integer> knownYears, Map<LocalDate, DayKind> listed) {
    this.knownYears = Collections.unmodifiableSet(new TreeSet<>(knownYears));
    this.years = this.knownYears.stream().mapToInt(Integer::intValue).toArray();
    this.listed = Map.copyOf(listed);
    // LocalDate starts years 1 to 9999 here; a calendar knowing others answers from the notices.
    boolean fits = years.length == 0 || years[0] >= 1 && years[years.length - 1] <= 9999;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    if (fits && years.length > 0) {
      first = LocalDate.of(years[0], 1, 1).toEpochDay();
      last = LocalDate.of(years[years.length - 1], 12, 31).toEpochDay();
    }
    for (LocalDate d : this.listed.keySet()) {
      first = Math.min(first, d.toEpochDay());
      last = Math.max(last, d.toEpochDay());
    }
    this.firstDay = first;
    this.days = fits && last >= first && last - first < MAX_TABLE_DAYS
        ? table(first, (int) (last - first + 1)) : new byte[0];
  }

  /** The kinds of {@code count} days from {@code first}, as {@link #lookUp} gives them. */
  private byte[] table(long first, int count) {
    byte[] kinds = new byte[count];
    for (int i = 0; i < count; i++) {
      kinds[i] = (byte) lookUp(LocalDate.ofEpochDay(first + i)).ordinal();
    }
    return kinds;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The years a notice covers, ascending. */
  public Set<Integer> knownYears() {
    return knownYears;
  }

  @Override
  public DayKind kindOf(LocalDate date) {
    long i = date.toEpochDay() - firstDay;
    if (i >= 0 && i < days.length) {
      return KINDS[days[(int) i]];
    }
    return days.length > 0 ? DayKind.UNKNOWN : lookUp(date); // the table holds every known day
  }

  /** {@link #kindOf} from the notices themselves. */
  private DayKind lookUp(LocalDate date) {
    DayKind k = listed.get(date);
    if (k != null) {
      return k;
    }
    if (Arrays.binarySearch(years, date.getYear()) < 0) {
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
      String[] f = s.split("\\s+");
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

    /** A year a notice covers: its unlisted days follow the week (Monday–Friday work). */
    public Builder knownYear(int year) {
      knownYears.add(year);
      return this;
    }

    /** A day the notice makes a day off (法定节假日 or 调休休息). */
    public Builder dayOff(LocalDate date) {
      return put(date, DayKind.REST_DAY);
    }

    /** A weekend day the notice makes a working day (调休上班). */
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

    public NoticeCalendar build() {
      return new NoticeCalendar(knownYears, listed);
    }
  }
}
