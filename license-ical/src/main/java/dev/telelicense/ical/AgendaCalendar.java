package dev.telelicense.ical;

import dev.telelicense.rules.Language;
import dev.telelicense.rules.agenda.Agenda;
import dev.telelicense.rules.agenda.AgendaItem;
import dev.telelicense.rules.agenda.AgendaTexts;
import dev.telelicense.rules.agenda.Obligation;
import dev.telelicense.rules.agenda.ObligationState;
import dev.telelicense.rules.provision.Citations;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VJournal;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * 日历订阅 — an {@link Agenda} as an iCalendar feed (RFC 5545) that a calendar application imports or
 * subscribes to.
 *
 * <ul>
 *   <li>Each dated obligation is an all-day event ({@code VALUE=DATE}) on its due date, so that no time
 *       zone moves it; a fixed window (the annual report's first quarter) is a second all-day event
 *       spanning it.
 *   <li>A {@code UID} made of the licence number, the obligation's kind and period: importing the
 *       feed again updates the events instead of adding copies.
 *   <li>Reminders ({@code VALARM}) the given numbers of days before the due date, for what is open,
 *       upcoming or not yet dated; none that would already have fired on the as-of date.
 *   <li>Summary and description in the agenda's language, naming the provision and what to do.
 *   <li>Deterministic: {@code DTSTAMP} is the as-of date, never the clock; {@code PRODID} is fixed.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgendaCalendar {
  /** The default reminders: 30, 7 and 1 days before each due date. */
  public static final List<Integer> DEFAULT_REMINDERS = List.of(30, 7, 1);
  /** The most days ahead a reminder may be set: ten years. */
  public static final int MAX_REMINDER_DAYS = 3650;

  private static final AgendaCalendar STANDARD = new AgendaCalendar(DEFAULT_REMINDERS);
  /** Made up once: UIDs are name-based UUIDs within this namespace, so they never change. */
  private static final String UID_NAMESPACE = "dev.telelicense.agenda";

  private final List<Integer> reminders;

  private AgendaCalendar(List<Integer> reminders) {
    this.reminders = reminders;
  }

  /**
   * The feed with the default reminders.
   *
   * @return the shared instance
   */
  public static AgendaCalendar standard() {
    return STANDARD;
  }

  /**
   * This feed with reminders {@code daysBefore} days before each due date (0: on the day); none
   * for an empty list.
   *
   * @param daysBefore days before the due date, each 0 to {@value #MAX_REMINDER_DAYS}
   * @return a feed with those reminders, in descending order, each once
   * @throws IllegalArgumentException if a number is out of range
   */
  public AgendaCalendar withReminders(List<Integer> daysBefore) {
    TreeSet<Integer> sorted = new TreeSet<>(java.util.Comparator.reverseOrder());
    for (Integer d : daysBefore) {
      if (d == null || d < 0 || d > MAX_REMINDER_DAYS) {
        throw new IllegalArgumentException("a reminder is 0 to " + MAX_REMINDER_DAYS + " days before, was " + d);
      }
      sorted.add(d);
    }
    return new AgendaCalendar(List.copyOf(sorted));
  }

  /**
   * The reminders, in days before the due date.
   *
   * @return the days, in descending order
   */
  public List<Integer> reminders() {
    return reminders;
  }

  /**
   * The feed: a {@code VCALENDAR} with CRLF line ends, lines folded at 75 octets.
   *
   * @param agenda the agenda
   * @return the iCalendar text
   * @throws IllegalStateException if ical4j's validation refuses what was built (a bug here)
   */
  public String write(Agenda agenda) {
    Calendar cal = new Calendar();
    Language lang = agenda.language();
    cal.add(new ProdId("-//telelicense//agenda//" + (lang == Language.EN ? "EN" : "ZH")));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    // No METHOD: PUBLISH would make it an iTIP message (RFC 5546), which needs an ORGANIZER.
    cal.add(new XProperty("X-WR-CALNAME", AgendaTexts.format(lang, "calendar.name", agenda.license())));
    DtStamp stamp = new DtStamp(agenda.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
    for (AgendaItem item : agenda.items()) {
      for (VEvent e : events(agenda, item, stamp)) {
        cal.add(e);
      }
    }
    if (cal.getComponents().isEmpty()) {
      // RFC 5545 wants at least one component; a journal entry says that nothing is due and shows
      // in no calendar view.
      cal.add(nothingDue(agenda, stamp));
    }
    StringWriter w = new StringWriter();
    try {
      new CalendarOutputter(true).output(cal, w);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar does not validate: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Folded again by octets: ical4j counts characters.
    return OctetFolding.refold(w.toString());
  }

  /**
   * {@link #write} as UTF-8 bytes, as a file or an HTTP response carries them.
   *
   * @param agenda the agenda
   * @return the bytes
   */
  public byte[] writeBytes(Agenda agenda) {
    return write(agenda).getBytes(StandardCharsets.UTF_8);
  }

  private List<VEvent> events(Agenda agenda, AgendaItem item, DtStamp stamp) {
    Optional<LocalDate> day = item.dueOrEarliest();
    if (day.isEmpty()) {
      // Nothing to put in a calendar: an undated duty, or one with no end (implement after approval).
      return List.of();
    }
    Language lang = agenda.language();
    Obligation o = item.obligation();
    List<VEvent> events = new ArrayList<>(2);
    String summary = AgendaTexts.format(lang, "calendar.summary." + item.state().name(), o.summary());
    VEvent due = allDay(stamp, uid(agenda, o, "due"), day.get(), day.get(), summary, description(lang, item));
    if (item.state() == ObligationState.OPEN || item.state() == ObligationState.UPCOMING
        || item.state() == ObligationState.UNKNOWN) {
      for (int n : reminders) {
        if (!day.get().minusDays(n).isBefore(agenda.asOf())) {
          due.add(alarm(lang, o, n));
        }
      }
    }
    events.add(due);
    // A fixed window (not a period after an event) is worth seeing as a span: the first quarter.
    if (o.opens().isPresent() && o.event().isEmpty() && o.opens().get().isBefore(day.get())) {
      events.add(allDay(stamp, uid(agenda, o, "window"), o.opens().get(), day.get(),
          AgendaTexts.format(lang, "calendar.window", summary), description(lang, item)));
    }
    return events;
  }

  private static VEvent allDay(DtStamp stamp, String uid, LocalDate first, LocalDate last, String summary,
      String description) {
    VEvent e = new VEvent(false);
    e.add(stamp);
    e.add(new Uid(uid));
    e.add(new DtStart<>(first));
    // DTEND of an all-day event is exclusive: the day after the last.
    e.add(new DtEnd<>(last.plusDays(1)));
    e.add(new Summary(summary));
    e.add(new Description(description));
    // A deadline does not make anyone busy.
    e.add(ImmutableTransp.TRANSPARENT);
    return e;
  }

  private static String description(Language lang, AgendaItem item) {
    Obligation o = item.obligation();
    StringBuilder b = new StringBuilder(o.action());
    if (o.provision().isPresent() && o.provisionTitle().isPresent()) {
      String cited = lang == Language.EN ? Citations.bilingual(o.provision().get()) : o.provision().get();
      b.append('\n').append(AgendaTexts.format(lang, "line.provision", cited, o.provisionTitle().get(),
          o.provisionId().orElse("-")));
    }
    String state = AgendaTexts.format(lang, "state." + item.state().name());
    String left = AgendaTexts.daysLeft(lang, item).map(s -> (lang == Language.EN ? ", " : "，") + s).orElse("");
    b.append('\n').append(AgendaTexts.format(lang, "line.state", state + left));
    o.undatedBecause().ifPresent(why -> b.append('\n').append(why));
    o.closedBy().ifPresent(c -> b.append('\n').append(AgendaTexts.format(lang, "line.closed-by", c)));
    b.append('\n').append(AgendaTexts.format(lang, "line.rule", o.rule()));
    return b.toString();
  }

  private static VJournal nothingDue(Agenda agenda, DtStamp stamp) {
    VJournal j = new VJournal(false);
    j.add(stamp);
    j.add(new Uid(uid(agenda.license(), "agenda", "empty", "journal")));
    String text = AgendaTexts.format(agenda.language(), "calendar.nothing-due", agenda.asOf().toString(),
        Integer.toString(agenda.horizonDays()));
    j.add(new Summary(text));
    j.add(new Description(text));
    return j;
  }

  private static VAlarm alarm(Language lang, Obligation o, int daysBefore) {
    VAlarm a = new VAlarm();
    // RELATED=START is the default, written out for readers that insist on it.
    a.add(new Trigger(new ParameterList(List.of(Related.START)), Duration.ofDays(-daysBefore)));
    a.add(ImmutableAction.DISPLAY);
    String key = daysBefore == 0 ? "calendar.alarm.today" : daysBefore == 1 ? "calendar.alarm.one" : "calendar.alarm";
    a.add(new Description(AgendaTexts.format(lang, key, o.summary(), Integer.toString(daysBefore))));
    return a;
  }

  /** A name-based UUID of the licence number, the obligation's kind and period, and the event's role. */
  private static String uid(Agenda agenda, Obligation o, String role) {
    return uid(agenda.license(), o.kind(), o.period(), role);
  }

  private static String uid(String license, String kind, String period, String role) {
    String name = String.join("\n", UID_NAMESPACE, license, kind, period, role);
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + "@telelicense.dev";
  }
}
