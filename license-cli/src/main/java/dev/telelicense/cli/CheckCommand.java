package dev.telelicense.cli;

import dev.telelicense.io.document.JsonDocuments;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telelicense check LICENCE [--facts FILE] [--as-of DATE] [--format text|json] [--lang zh|en]}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check a licensee's operations against the licence's special provisions (特别规定事项).",
        "Every numbered provision and item gets a finding: PASS, FAIL, NOT_APPLICABLE or NOT_REVIEWED.",
        "Exit 0 when nothing fails, 1 when something does (with --fail-on not-reviewed, also when",
        "something is not reviewed), 2 for bad input or usage."})
final class CheckCommand implements Callable<Integer> {

  /** Where the licences are issued: "today" is a date in China. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LICENCE", description = "The licence: .txt (as scanned), .json, .yaml or .yml.")
  Path licenseFile;

  @Option(names = "--facts", paramLabel = "FILE",
      description = "Operating facts (.yaml, .yml or .json). Without it every fact is unknown (NOT_REVIEWED).")
  @Nullable Path factsFile;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The date to judge at (default: today in Asia/Shanghai).")
  @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = StyleConverter.class,
      description = "Report format (default: ${DEFAULT-VALUE}).")
  ReportStyle style;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
      description = "Language of the messages (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--fail-on", paramLabel = "not-reviewed", converter = FailOnConverter.class,
      description = "Strict mode: exit 1 also when any finding is NOT_REVIEWED.")
  @Nullable FailOn failOn;

  @Override
  public Integer call() {
    LicenseInput.Loaded loaded = LicenseInput.load(licenseFile, spec.commandLine().getErr());
    License license = loaded.license().orElseThrow(() ->
        new UnusableInputException(licenseFile + ": error: no licence could be read from this file"));
    OperatingFacts facts = factsFile == null ? OperatingFacts.unknown()
        : LicenseInput.loadFacts(factsFile, spec.commandLine().getErr());
    LocalDate date = asOf != null ? asOf : LocalDate.now(CHINA);
    ComplianceReport report = Rulebook.standard().evaluate(EvaluationContext.builder()
        .license(license).facts(facts).asOf(date).language(language).build());
    if (style == ReportStyle.JSON) {
      spec.commandLine().getOut().print(JsonDocuments.standard().writeReport(report));
    } else {
      spec.commandLine().getOut().print(ReportText.render(report, license, language));
    }
    if (report.hasFailures()) {
      return ExitCode.FAILED;
    }
    return failOn == FailOn.NOT_REVIEWED && !report.passed() ? ExitCode.FAILED : ExitCode.OK;
  }

  /** What makes {@code check} exit 1 besides a failed rule. */
  enum FailOn { NOT_REVIEWED }

  /** How the report is printed. */
  enum ReportStyle { TEXT, JSON }
}
