package dev.telelicense.cli;

import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rule;
import dev.telelicense.rules.Rulebook;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code telelicense rules}: list the rulebook. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the rulebook: each rule's id, title and the provision it enforces.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
      description = "Language of the titles (default: ${DEFAULT-VALUE}).")
  Language language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int width = Rulebook.standard().rules().stream().mapToInt(r -> r.id().length()).max().orElse(0);
    for (Rule rule : Rulebook.standard().rules()) {
      out.printf("%-" + width + "s  %s  [%s]%n", rule.id(), rule.title(language), rule.enforces(language));
    }
    return ExitCode.OK;
  }
}
