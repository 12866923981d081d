package dev.telelicense.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code telelicense}: the command line over the library. */
@Command(name = "telelicense", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Read, convert and check China's value-added telecom operating licences (增值电信业务经营许可证).",
        "",
        "Exit codes: 0 success; 1 the input has errors or a rule failed; 2 usage error or unreadable input."},
    subcommands = {NumberCommand.class, ParseCommand.class, ConvertCommand.class, CheckCommand.class,
        RulesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print a stack trace when something unexpected goes wrong.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the CLI with the given streams and returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCode.UNUSABLE);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      boolean debugging = parseResult.matchedOptionValue("--debug", false)
          || parseResult.subcommand() != null && parseResult.subcommand().matchedOptionValue("--debug", false);
      if (e instanceof UnusableInputException) {
        command.getErr().println(e.getMessage());
      } else {
        command.getErr().println("telelicense: internal error: " + e + (debugging ? "" : " (run with --debug for details)"));
      }
      if (debugging) {
        e.printStackTrace(command.getErr());
      }
      return ExitCode.UNUSABLE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** One line saying what is wrong, then the usage: never a stack trace. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("telelicense: " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      cmd.usage(err);
    }
    return ExitCode.UNUSABLE;
  }

  /** The version from the build, e.g. {@code telelicense 0.1.0-SNAPSHOT}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"telelicense " + p.getProperty("version", "unknown"),
          "Java " + System.getProperty("java.version")};
    }
  }
}
