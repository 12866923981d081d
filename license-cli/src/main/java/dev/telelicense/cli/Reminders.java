package dev.telelicense.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --remind}: days before each due date, {@code 30,7,1}; {@code none} for no reminders. */
record Reminders(List<Integer> days) {

  /** The most days ahead a reminder may be set, as the calendar writer allows. */
  static final int MAX = dev.telelicense.ical.AgendaCalendar.MAX_REMINDER_DAYS;

  /** Parses the option's value; anything else is a usage error naming it. */
  static final class Converter implements ITypeConverter<Reminders> {
    @Override
    public Reminders convert(String value) {
      if (value.equals("none")) {
        return new Reminders(List.of());
      }
      List<Integer> days = new ArrayList<>();
      for (String part : value.split(",", -1)) {
        String p = part.strip();
        if (!p.matches("[0-9]{1,4}") || Integer.parseInt(p) > MAX) {
          throw new TypeConversionException("'" + value + "' is not a list of days before the due date"
              + " such as 30,7,1 (each 0 to " + MAX + "), or none");
        }
        days.add(Integer.parseInt(p));
      }
      return new Reminders(List.copyOf(days));
    }
  }
}
