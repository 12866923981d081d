package dev.telelicense.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
    synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

  /**
   * The commands, built on demand: picocli introspects every command it is given, so a run that names
   * its command gets only that one, and the quickest command stays quick (see the cli.* benchmarks).
   */
  private static final Map<String, Supplier<Object>> COMMANDS = Map.of(
      "number", NumberCommand::new,
      "find", FindCommand::new,
      "parse", ParseCommand::new,
      "convert", ConvertCommand::new,
      "check", CheckCommand::new,
      "agenda", AgendaCommand::new,
      "rules", RulesCommand::new,
      "provisions", ProvisionsCommand::new,
      "diff", DiffCommand::new,
      "help", CommandLine.HelpCommand::new);

  /** The order commands are listed in by {@code --help}. */
  private static final List<String> ORDER = List.of("number", "find", "parse", "convert", "check", "agenda",
      "rules", "provisions", "diff", "help");

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print a stack trace when something unexpected goes wrong.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the CLI with the given streams and returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    String named = firstCommandName(args);
    for (String name : ORDER) {
      if (named == null || named.equals(name)) {
        cli.addSubcommand(name, COMMANDS.get(name).get());
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCode.UNUSABLE);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      boolean debugging = parseResult.matchedOptionValue("--debug", false)
          || (parseResult.subcommand() != null && parseResult.subcommand().matchedOptionValue("--debug", false));
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

  /** The command the arguments name, when they name a known one and do not ask for help; else null. */
  @Nullable
  private static String firstCommandName(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return COMMANDS.containsKey(arg) && !arg.equals("help") ? arg : null;
      }
      if (!arg.equals("--debug")) {
        return null;
      }
    }
    return null;
  }

  /**
   * One line saying what is wrong, never a stack trace. A bad option value ({@code --horizon abc},
   * {@code --as-of 2026-13-01}) is that one line alone: the line names the option and what it takes,
   * and a usage dump would bury it. A wrong command line otherwise (a missing licence, an unknown
   * option) is followed by suggestions or the usage.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("telelicense: " + e.getMessage());
    if (e.getCause() instanceof CommandLine.TypeConversionException
        || e.getMessage().startsWith("Invalid value for ")) {
      return ExitCode.UNUSABLE;
    }
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
