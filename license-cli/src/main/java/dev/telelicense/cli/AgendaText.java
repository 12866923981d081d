package dev.telelicense.cli;

import dev.telelicense.rules.Language;
import dev.telelicense.rules.agenda.Agenda;
import dev.telelicense.rules.agenda.AgendaItem;
import dev.telelicense.rules.agenda.AgendaTexts;
import dev.telelicense.rules.agenda.Obligation;
import dev.telelicense.rules.agenda.ObligationState;
import dev.telelicense.rules.provision.Citations;

/**
 * The readable agenda: one entry per obligation in due-date order, its date, state and days left on
 * the first line, then what to do and the fact that closes it.
 */
final class AgendaText {
  private AgendaText() {}

  static String render(Agenda agenda, String licensee) {
    Language lang = agenda.language();
    StringBuilder b = new StringBuilder();
    b.append(AgendaTexts.format(lang, "text.header", agenda.license(), licensee, agenda.asOf().toString(),
        Integer.toString(agenda.horizonDays()))).append("\n\n");
    if (agenda.items().isEmpty()) {
      b.append(AgendaTexts.format(lang, "text.nothing-due")).append("\n\n");
    }
    for (AgendaItem i : agenda.items()) {
      Obligation o = i.obligation();
      String when = o.due().map(d -> d.date().map(Object::toString)
              .orElseGet(() -> AgendaTexts.format(lang, "text.not-before", d.earliest().toString())))
          .orElseGet(() -> AgendaTexts.format(lang, "text.no-due"));
      b.append(when).append("  ").append(AgendaTexts.format(lang, "state." + i.state().name()));
      AgendaTexts.daysLeft(lang, i).ifPresent(d -> b.append(" · ").append(d));
      b.append("  ").append(o.provision()
          .map(p -> "[" + (lang == Language.EN ? Citations.bilingual(p) : p) + "] ").orElse(""))
          .append(o.summary()).append('\n');
      b.append("    ").append(o.action()).append('\n');
      if (i.state() != ObligationState.DONE) {
        o.closedBy().ifPresent(c -> b.append("    ").append(AgendaTexts.format(lang, "line.closed-by", c)).append('\n'));
      }
      b.append('\n');
    }
    b.append(AgendaTexts.format(lang, "text.summary"));
    String sep = lang == Language.EN ? " " : "";
    for (ObligationState s : ObligationState.values()) {
      long n = agenda.items().stream().filter(i -> i.state() == s).count();
      b.append(sep).append(s.name()).append(' ').append(n);
      sep = " · ";
    }
    return b.append('\n').toString();
  }
}
