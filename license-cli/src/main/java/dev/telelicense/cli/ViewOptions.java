package dev.telelicense.cli;

import dev.telelicense.rules.Language;
import picocli.CommandLine.Option;

/** {@code --format text|json} and {@code --lang zh|en}, as the provisions and diff commands take them. */
final class ViewOptions {
  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = StyleConverter.class,
      description = "Output format (default: ${DEFAULT-VALUE}).")
  CheckCommand.ReportStyle style;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
      description = "Language of labels and titles (default: ${DEFAULT-VALUE}).")
  Language language;

  boolean json() {
    return style == CheckCommand.ReportStyle.JSON;
  }

  boolean english() {
    return language == Language.EN;
  }
}
