package dev.telelicense.cli;

import dev.telelicense.io.document.DocumentFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telelicense convert IN --to json|yaml}: turn a licence from one form into another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a licence between its text, JSON and YAML forms.",
        "The input format comes from the extension: .txt goes through the text parser,",
        ".json and .yaml/.yml are read strictly.",
        "Exit 0 on success, 1 when the text had errors (the document is still printed),",
        "2 for usage errors and unreadable or invalid input."})
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "IN", description = "The licence: .txt, .json, .yaml or .yml.")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "json|yaml", converter = FormatConverter.class,
      description = "Output format.")
  DocumentFormat format;

  @Override
  public Integer call() {
    return LicenseOutput.print(file, format, spec);
  }
}
