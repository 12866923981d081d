package dev.telelicense.examples;

import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * Plug in your own working-day calendar: once the State Council announces next year's holidays, add
 * them before the library's next release. Without it a deadline in 2027 is NOT_REVIEWED, never guessed.
 */
public final class CustomCalendar {
  public static void main(String[] args) {
    License license = LicenseTextParser.standard()
        .parse(Samples.read(Samples.license("jing-b2-20240286.txt"))).value().orElseThrow();
    OperatingFacts facts = OperatingFacts.builder().illegalInfoDisposals(List.of(IllegalInfoDisposal.builder()
        .disposedOn(LocalDate.of(2026, 12, 28)).reportedOn(LocalDate.of(2027, 1, 12)).build())).build();
    // Illustrative days: a real notice lists its own.
    WorkdayCalendar with2027 = WorkdayCalendar.official().and(WorkdayCalendar.builder().knownYear(2027)
        .dayOff(LocalDate.of(2027, 1, 1)).build());
    for (WorkdayCalendar calendar : new WorkdayCalendar[] {WorkdayCalendar.official(), with2027}) {
      EvaluationContext ctx = EvaluationContext.builder().license(license).facts(facts)
          .asOf(LocalDate.of(2027, 2, 1)).calendar(calendar).build();
      Finding f = Rulebook.standard().rule("illegal-info.reported-in-10-workdays").orElseThrow()
          .evaluate(ctx).get(0);
      System.out.println(f.status() + " " + f.message());
    }
  }
}
