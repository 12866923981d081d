package dev.telelicense.cli;

import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberMatch;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telelicense find [FILE|-] [--encoding NAME]}: every licence and filing number in a text or page. */
@Command(name = "find", mixinStandardHelpOptions = true,
    description = {"Find every licence and filing number (经营许可证编号 / 备案号) in a text or web page and print "
        + "one JSON object per number, a line each, with its start and end (character offsets).",
        "Exit 0 when one or more were found, 1 when none, 2 for unusable input."})
final class FindCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|-", arity = "0..1", defaultValue = "-",
      description = "The text or HTML to search; - or nothing reads standard input.")
  String file;

  @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8",
      description = "The input's encoding, e.g. GB18030 for older Chinese pages (default: ${DEFAULT-VALUE}).")
  String encoding;

  @Override
  public Integer call() {
    Charset charset = charset(encoding);
    String text = file.equals("-") ? TextFiles.read(System.in, "<stdin>", charset)
        : TextFiles.read(Path.of(file), charset);
    List<LicenseNumberMatch> matches = LicenseNumber.findAll(text, NumberCommand.latestPlausibleYear());
    PrintWriter out = spec.commandLine().getOut();
    for (LicenseNumberMatch m : matches) {
      out.println(NumberCommand.fields(new Json().field("start", m.start()).field("end", m.end()), m.number()));
    }
    out.flush();
    return matches.isEmpty() ? ExitCode.FAILED : ExitCode.OK;
  }

  private static Charset charset(String name) {
    try {
      return name.equalsIgnoreCase("UTF-8") ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UnusableInputException("telelicense: unknown encoding '" + name + "'");
    }
  }
}
