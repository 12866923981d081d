package dev.telelicense.cli;

import dev.telelicense.ical.AgendaCalendar;
import dev.telelicense.io.document.JsonDocuments;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.agenda.Agenda;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code telelicense agenda LICENCE [--facts F] [--as-of D] [--horizon DAYS] [--format text|json|ics]
 * [--lang zh|en] [--remind 30,7,1] [--fail-within DAYS]}.
 */
@Command(name = "agenda", mixinStandardHelpOptions = true,
    description = {"What is due next: every dated obligation of the licence, by due date, with its state "
        + "(OVERDUE, OPEN, UPCOMING, DONE, UNKNOWN) and the days left.",
        "--format ics writes a calendar feed (RFC 5545) to import or subscribe to.",
        "Exit 0; with --fail-within N, 1 when something is overdue, due within N days or cannot be dated; "
            + "2 for bad input or usage."})
final class AgendaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LICENCE", description = "The licence: .txt (as scanned), .json, .yaml or .yml.")
  Path licenseFile;

  @Option(names = "--facts", paramLabel = "FILE",
      description = "Operating facts (.yaml, .yml or .json): reports filed, events and their reports. "
          + "Without it nothing is known to be done.")
  @Nullable Path factsFile;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The date to draw the agenda up at (default: today in Asia/Shanghai).")
  @Nullable LocalDate asOf;

  @Option(names = "--horizon", paramLabel = "DAYS", defaultValue = "" + Agenda.DEFAULT_HORIZON_DAYS,
      converter = DaysConverter.class,
      description = "How many days ahead to look (default: ${DEFAULT-VALUE}); what is overdue is always shown.")
  int horizon;

  @Option(names = "--format", paramLabel = "text|json|ics", defaultValue = "text", converter = AgendaCommand.StyleConverter.class,
      description = "Output: text, the JSON agenda document, or an iCalendar feed (default: ${DEFAULT-VALUE}).")
  Style style;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
      description = "Language of the texts (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--remind", paramLabel = "DAYS,…", defaultValue = "30,7,1", converter = Reminders.Converter.class,
      description = "With --format ics: reminders this many days before each due date, or none "
          + "(default: ${DEFAULT-VALUE}).")
  Reminders reminders;

  @Option(names = "--fail-within", paramLabel = "DAYS", converter = DaysConverter.class,
      description = "Exit 1 when an obligation is overdue, due within DAYS days, or cannot be dated; else 0.")
  @Nullable Integer failWithin;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LicenseInput.Loaded loaded = LicenseInput.load(licenseFile, err);
    License license = loaded.license().orElseThrow(() ->
        new UnusableInputException(licenseFile + ": error: no licence could be read from this file"));
    OperatingFacts facts = factsFile == null ? OperatingFacts.unknown() : LicenseInput.loadFacts(factsFile, err);
    LocalDate date = asOf != null ? asOf : LocalDate.now(CheckCommand.CHINA);
    // The agenda must reach as far as the check looks, or an obligation just past the horizon would pass.
    int days = failWithin == null ? horizon : Math.max(horizon, failWithin);
    Agenda agenda = Agenda.of(EvaluationContext.builder().license(license).facts(facts).asOf(date)
        .language(language).build(), Rulebook.standard(), days);
    PrintWriter out = spec.commandLine().getOut();
    switch (style) {
      case JSON -> out.print(JsonDocuments.standard().writeAgenda(agenda));
      case ICS -> out.print(AgendaCalendar.standard().withReminders(reminders.days()).write(agenda));
      default -> out.print(AgendaText.render(agenda, license.licensee()));
    }
    if (failWithin != null && !agenda.dueWithin(failWithin).isEmpty()) {
      return ExitCode.FAILED;
    }
    return ExitCode.OK;
  }

  /** How the agenda is printed. */
  enum Style { TEXT, JSON, ICS }

  /** {@code text}, {@code json} or {@code ics}. */
  static final class StyleConverter implements ITypeConverter<Style> {
    @Override
    public Style convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text" -> Style.TEXT;
        case "json" -> Style.JSON;
        case "ics" -> Style.ICS;
        default -> throw new TypeConversionException("'" + value + "' is not an agenda format; use text, json or ics");
      };
    }
  }
}
