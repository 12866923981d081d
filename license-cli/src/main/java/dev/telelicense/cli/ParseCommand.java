package dev.telelicense.cli;

import dev.telelicense.io.document.DocumentFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telelicense parse FILE [--format json|yaml]}: read a licence and print its document. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Read a licence (text as scanned, JSON or YAML) and print the licence document.",
        "Diagnostics go to stderr as FILE:LINE: error|warning: message.",
        "Exit 0 with no errors; 1 when there are errors (the document is still printed",
        "when one was built); 2 for usage errors or unreadable files."})
final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The licence: .txt (as scanned), .json, .yaml or .yml.")
  Path file;

  @Option(names = "--format", paramLabel = "json|yaml", defaultValue = "json",
      converter = FormatConverter.class, description = "Output format (default: ${DEFAULT-VALUE}).")
  DocumentFormat format;

  @Override
  public Integer call() {
    return LicenseOutput.print(file, format, spec);
  }
}
