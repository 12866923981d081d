package dev.telelicense.cli;

import dev.telelicense.model.License;
import dev.telelicense.rules.provision.LicenseProvisions;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telelicense provisions LICENCE [--lang zh|en] [--format text|json]}. */
@Command(name = "provisions", mixinStandardHelpOptions = true,
    description = {"List the licence's special provisions (特别规定事项) and items: citation, catalogue id,",
        "title and the rule that judges each. Text the catalogue does not know is listed as unknown.",
        "Exit 0 when every provision and item is known, 1 when some text is unknown or the licence",
        "has errors, 2 for bad input or usage."})
final class ProvisionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LICENCE", description = "The licence: .txt (as scanned), .json, .yaml or .yml.")
  Path licenseFile;

  @Mixin ViewOptions view;

  @Override
  public Integer call() {
    LicenseInput.Loaded loaded = LicenseInput.load(licenseFile, spec.commandLine().getErr());
    License license = loaded.required(licenseFile);
    LicenseProvisions provisions = ProvisionMatcher.standard().match(license);
    boolean en = view.english();
    if (view.json()) {
      spec.commandLine().getOut().println(ProvisionsJson.render(license, provisions, en));
    } else {
      spec.commandLine().getOut().print(ProvisionsText.render(license, provisions, en));
    }
    return loaded.hasErrors() || !provisions.withUnknownText().isEmpty() ? ExitCode.FAILED : ExitCode.OK;
  }
}
