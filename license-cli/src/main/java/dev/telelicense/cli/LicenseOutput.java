package dev.telelicense.cli;

import dev.telelicense.io.document.DocumentCodec;
import dev.telelicense.io.document.DocumentFormat;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code parse} and {@code convert} share: read a licence in any form, print it in one. */
final class LicenseOutput {
  private LicenseOutput() {}

  /**
   * Prints the licence document when one was built, even when the text had errors, and returns 0
   * without errors, 1 with.
   */
  static int print(Path file, DocumentFormat format, CommandSpec spec) {
    LicenseInput.Loaded loaded = LicenseInput.load(file, spec.commandLine().getErr());
    loaded.license().ifPresent(l -> spec.commandLine().getOut().print(DocumentCodec.of(format).writeLicense(l)));
    if (loaded.license().isEmpty()) {
      return ExitCode.FAILED;
    }
    return loaded.hasErrors() ? ExitCode.FAILED : ExitCode.OK;
  }
}
