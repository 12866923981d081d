package dev.telelicense.rules.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Holds the bundled calendar: loaded once, immutable afterwards, so sharing it is safe. */
final class OfficialCalendar {
  static final WorkdayCalendar INSTANCE = load("cn-holidays.txt");

  private OfficialCalendar() {}

  private static WorkdayCalendar load(String resource) {
    try (InputStream in = OfficialCalendar.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return WorkdayCalendar.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
