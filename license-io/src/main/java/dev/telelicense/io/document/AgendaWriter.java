package dev.telelicense.io.document;

import dev.telelicense.rules.calendar.Deadline;
import dev.telelicense.rules.agenda.Agenda;
import dev.telelicense.rules.agenda.AgendaItem;
import dev.telelicense.rules.agenda.Obligation;
import dev.telelicense.rules.agenda.ObligationState;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the agenda document; the summary always lists all five states in declaration order. A due
 * date that waits on an unpublished calendar is written as {@code earliestDue} and
 * {@code unknownCalendarYear}, never as a guessed {@code due}.
 */
final class AgendaWriter {
  private AgendaWriter() {}

  static void write(Out out, Agenda a) {
    out.startObject();
    out.string("license", a.license());
    out.date("asOf", a.asOf());
    out.integer("horizonDays", a.horizonDays());
    out.string("language", a.language().name().toLowerCase(java.util.Locale.ROOT));
    out.objects("obligations", a.items(), false, i -> item(out, i));
    Map<ObligationState, Integer> counts = new EnumMap<>(ObligationState.class);
    for (AgendaItem i : a.items()) {
      counts.merge(i.state(), 1, Integer::sum);
    }
    out.object("summary", () -> {
      for (ObligationState s : ObligationState.values()) {
        out.integer(s.name(), counts.getOrDefault(s, 0));
      }
    });
    out.endObject();
  }

  private static void item(Out out, AgendaItem i) {
    Obligation o = i.obligation();
    out.string("rule", o.rule());
    out.string("kind", o.kind());
    out.string("period", o.period());
    out.string("provision", o.provision());
    out.string("provisionId", o.provisionId());
    out.string("provisionTitle", o.provisionTitle());
    out.string("summary", o.summary());
    out.string("action", o.action());
    out.string("state", i.state().name());
    out.date("event", o.event());
    out.date("opens", o.opens());
    Optional<Deadline> due = o.due();
    out.date("due", due.flatMap(Deadline::date));
    if (due.isPresent() && due.get().date().isEmpty()) {
      out.date("earliestDue", due.get().earliest());
      out.integer("unknownCalendarYear", due.get().unknownYear());
    }
    out.integer("daysLeft", i.daysLeft());
    out.bool("countsWorkdays", o.countsWorkdays() ? Optional.of(true) : Optional.empty());
    out.string("closedBy", o.closedBy());
    out.date("doneOn", o.doneOn());
    out.string("undatedBecause", o.undatedBecause());
  }
}
