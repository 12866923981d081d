package dev.telelicense.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the CLI in-process: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  /** The sample licences and facts shipped in the examples module. */
  static final Path EXAMPLES = Path.of("..", "examples");

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  static String license(String name) {
    return EXAMPLES.resolve("licenses").resolve(name).toString();
  }

  static String facts(String name) {
    return EXAMPLES.resolve("facts").resolve(name).toString();
  }
}
