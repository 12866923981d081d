package dev.telelicense.examples;

import dev.telelicense.ical.AgendaCalendar;
import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.agenda.Agenda;
import dev.telelicense.rules.agenda.AgendaItem;
import java.time.LocalDate;
import java.util.List;

/**
 * What is due next: the agenda of a licence as of a date, and the same agenda as a calendar feed with
 * reminders two weeks and two days before each due date.
 */
public final class WhatIsDue {
  public static void main(String[] args) {
    License license = LicenseTextParser.standard()
        .parse(Samples.read(Samples.license("jing-b2-20240286.txt"))).value().orElseThrow();
    OperatingFacts facts = YamlDocuments.standard().readFacts(Samples.read(Samples.facts("jing-b2-20240286.yaml")));
    EvaluationContext ctx = EvaluationContext.of(license, facts, LocalDate.of(2027, 2, 15));
    Agenda agenda = Agenda.of(ctx, Rulebook.standard(), 365);
    for (AgendaItem item : agenda.items()) {
      System.out.println(item.dueOrEarliest().orElseThrow() + " " + item.state() + " "
          + item.obligation().summary() + " (" + item.daysLeft().orElseThrow() + " days)");
    }
    String ics = AgendaCalendar.standard().withReminders(List.of(14, 2)).write(agenda);
    System.out.println(ics.lines().filter(l -> l.startsWith("DTSTART") || l.startsWith("TRIGGER")).toList());
  }
}
