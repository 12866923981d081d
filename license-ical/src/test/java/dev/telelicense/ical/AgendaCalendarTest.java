package dev.telelicense.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.agenda.Agenda;
import dev.telelicense.rules.agenda.AgendaItem;
import dev.telelicense.rules.agenda.ObligationState;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The feed read back by an independent parser (biweekly), validated by it and by ical4j's own
 * validator, and checked event by event against the agenda it was written from.
 */
class AgendaCalendarTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  static License license(String name) throws IOException {
    String text = Files.readString(EXAMPLES.resolve("licenses").resolve(name + ".txt"));
    return LicenseTextParser.standard().parse(text).value().orElseThrow();
  }

  static OperatingFacts facts(String name) throws IOException {
    return YamlDocuments.standard().readFacts(Files.readString(EXAMPLES.resolve("facts").resolve(name + ".yaml")));
  }

  static Agenda agenda(String sample, OperatingFacts facts, String asOf, Language lang) throws IOException {
    return Agenda.of(EvaluationContext.builder().license(license(sample)).facts(facts)
        .asOf(LocalDate.parse(asOf)).language(lang).build(), Rulebook.standard(), 400);
  }

  /** Reads with biweekly, failing on any parse warning or validation warning. */
  static ICalendar readStrictly(String ics) throws IOException {
    try (ICalReader reader = new ICalReader(ics)) {
      ICalendar cal = reader.readNext();
      List<ParseWarning> warnings = reader.getWarnings();
      assertEquals(List.of(), warnings.stream().map(Object::toString).toList());
      ValidationWarnings v = cal.validate(ICalVersion.V2_0);
      assertTrue(v.isEmpty(), v::toString);
      assertEquals(null, reader.readNext(), "one calendar");
      return cal;
    }
  }

  static LocalDate day(ICalDate d) {
    assertFalse(d.hasTime(), "an all-day value");
    DateTimeComponents c = d.getRawComponents();
    return LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
  }

  @ParameterizedTest
  @CsvSource({
      "jing-b2-20240286, 2026-11-22, ZH", "jing-b2-20240286, 2027-02-15, EN", "jing-b2-20240286, 2028-10-01, ZH",
      "jing-b2-20190486, 2023-12-20, EN", "jing-icp-150746, 2025-05-01, ZH", "jing-b2-20252223, 2026-11-22, ZH"})
  void everyEventMatchesItsObligation(String sample, String asOf, Language lang) throws Exception {
    Agenda agenda = agenda(sample, facts(sample), asOf, lang);
    String ics = AgendaCalendar.standard().write(agenda);
    ICalendar cal = readStrictly(ics);
    assertEquals("-//telelicense//agenda//" + lang, cal.getProductId().getValue());
    assertEquals(null, cal.getMethod());

    Map<String, VEvent> byUid = cal.getEvents().stream()
        .collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    assertEquals(cal.getEvents().size(), byUid.size(), "UIDs are unique");
    int expected = 0;
    for (AgendaItem item : agenda.items()) {
      if (item.dueOrEarliest().isEmpty()) {
        continue;
      }
      expected++;
      LocalDate due = item.dueOrEarliest().get();
      VEvent e = cal.getEvents().stream().filter(ev -> day(ev.getDateStart().getValue()).equals(due)
          && ev.getSummary().getValue().contains(item.obligation().summary())).findFirst()
          .orElseThrow(() -> new AssertionError("no event for " + item + " in\n" + ics));
      assertEquals(due.plusDays(1), day(e.getDateEnd().getValue()));
      assertEquals(Instant.parse(asOf + "T00:00:00Z"), e.getDateTimeStamp().getValue().toInstant());
      String description = e.getDescription().getValue();
      assertTrue(description.startsWith(item.obligation().action()), description);
      item.obligation().provision().ifPresent(p -> assertTrue(description.contains(p), description));
      item.obligation().provisionTitle().ifPresent(t -> assertTrue(description.contains(t), description));
      item.obligation().closedBy().ifPresent(c -> assertTrue(description.contains(c), description));
      List<String> triggers = e.getAlarms().stream().map(a -> a.getTrigger().getDuration().toString()).toList();
      boolean reminds = item.state() != ObligationState.DONE && item.state() != ObligationState.OVERDUE;
      List<String> wanted = new ArrayList<>();
      for (int n : List.of(30, 7, 1)) {
        if (reminds && !due.minusDays(n).isBefore(agenda.asOf())) {
          wanted.add("-P" + n + "D");
        }
      }
      assertEquals(wanted, triggers, item::toString);
      for (VAlarm a : e.getAlarms()) {
        assertEquals("DISPLAY", a.getAction().getValue());
        assertTrue(a.getDescription().getValue().contains(item.obligation().summary()));
      }
      if (item.obligation().opens().isPresent() && item.obligation().event().isEmpty()
          && item.obligation().opens().get().isBefore(due)) {
        expected++;
      }
    }
    assertEquals(expected, cal.getEvents().size(), ics);
    checkLines(ics);
    ValidationResult strict = new CalendarBuilder().build(new StringReader(ics)).validate();
    assertFalse(strict.hasErrors(), strict::toString);
  }

  /** CRLF everywhere, no line over 75 octets, dates as {@code VALUE=DATE}. */
  static void checkLines(String ics) {
    assertTrue(ics.endsWith("\r\n"));
    assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF");
    for (String line : ics.split("\r\n", -1)) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      if (line.startsWith("DTSTART") || line.startsWith("DTEND")) {
        assertTrue(line.matches("DT(START|END);VALUE=DATE:\\d{8}"), line);
      }
    }
  }

  @Test
  void theSameAgendaGivesTheSameBytesAndUidsSurviveANewAsOfDate() throws Exception {
    OperatingFacts none = OperatingFacts.unknown();
    String a = AgendaCalendar.standard().write(agenda("jing-b2-20240286", none, "2026-11-22", Language.ZH));
    assertEquals(a, AgendaCalendar.standard().write(agenda("jing-b2-20240286", none, "2026-11-22", Language.ZH)));
    String later = AgendaCalendar.standard().write(agenda("jing-b2-20240286", none, "2027-02-15", Language.ZH));
    assertNotEquals(a, later);
    Set<String> uidsThen = uids(a);
    Set<String> uidsLater = uids(later);
    // The overdue 2024 and 2025 reports and the 2026 one, two events each (due date and window), are
    // in both with the same UIDs: importing the later feed updates them.
    assertEquals(6, uidsThen.size());
    assertTrue(uidsLater.containsAll(uidsThen), () -> uidsThen + " " + uidsLater);
  }

  static Set<String> uids(String ics) throws IOException {
    return new HashSet<>(readStrictly(ics).getEvents().stream().map(e -> e.getUid().getValue()).toList());
  }

  @Test
  void chineseLinesAreFoldedByOctetsNeverInsideACharacter() throws Exception {
    String ics = AgendaCalendar.standard().write(agenda("jing-b2-20240286", OperatingFacts.unknown(), "2026-11-22",
        Language.ZH));
    checkLines(ics);
    assertTrue(ics.contains("\r\n "), "something was folded");
    // Unfolded by the reader, the text is whole again.
    assertTrue(readStrictly(ics).getEvents().stream().anyMatch(e ->
        e.getDescription().getValue().contains("参加经营许可证年报")));
  }

  @Test
  void remindersAreChosenAndChecked() throws Exception {
    Agenda agenda = agenda("jing-b2-20240286", facts("jing-b2-20240286"), "2026-11-22", Language.EN);
    String ics = AgendaCalendar.standard().withReminders(List.of(1, 60, 14, 60)).write(agenda);
    VEvent due = readStrictly(ics).getEvents().stream().filter(e -> !e.getAlarms().isEmpty()).findFirst().orElseThrow();
    assertEquals(List.of("-P60D", "-P14D", "-P1D"),
        due.getAlarms().stream().map(a -> a.getTrigger().getDuration().toString()).toList());
    assertEquals(List.of(), readStrictly(AgendaCalendar.standard().withReminders(List.of()).write(agenda))
        .getEvents().stream().flatMap(e -> e.getAlarms().stream()).toList());
    assertThrows(IllegalArgumentException.class, () -> AgendaCalendar.standard().withReminders(List.of(-1)));
    assertThrows(IllegalArgumentException.class, () -> AgendaCalendar.standard().withReminders(List.of(4000)));
  }

  @Test
  void anEmptyAgendaIsAValidEmptyCalendar() throws Exception {
    Agenda agenda = Agenda.of(EvaluationContext.of(license("jing-b2-20240286"), facts("jing-b2-20240286"),
        LocalDate.parse("2026-11-22")), Rulebook.standard(), 10);
    assertEquals(List.of(), agenda.items());
    ICalendar cal = readStrictly(AgendaCalendar.standard().write(agenda));
    assertEquals(List.of(), cal.getEvents());
    assertEquals("2026-11-22起10天内无到期事项。", cal.getJournals().get(0).getSummary().getValue());
  }
}
