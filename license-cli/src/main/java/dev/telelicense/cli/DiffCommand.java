package dev.telelicense.cli;

import dev.telelicense.model.License;
import dev.telelicense.rules.diff.LicenseDiff;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telelicense diff OLD NEW [--format text|json] [--lang zh|en]}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Show what changed between two licences, or two versions of one: number, holder, legal",
        "representative, dates, grants, websites, and the special provisions by catalogue id (added,",
        "removed, moved to another citation, reworded with the changed words).",
        "Exit 0 when the two say the same, 1 when they differ, 2 for unusable input or usage."})
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older licence: .txt, .json, .yaml or .yml.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer licence: .txt, .json, .yaml or .yml.")
  Path newFile;

  @Mixin ViewOptions view;

  @Override
  public Integer call() {
    License before = load(oldFile);
    License after = load(newFile);
    LicenseDiff diff = LicenseDiff.between(before, after);
    boolean en = view.english();
    if (view.json()) {
      spec.commandLine().getOut().println(DiffJson.render(before, after, diff, en));
    } else {
      spec.commandLine().getOut().print(DiffText.render(before, after, diff, en));
    }
    return diff.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
  }

  private License load(Path file) {
    return LicenseInput.load(file, spec.commandLine().getErr()).required(file);
  }
}
