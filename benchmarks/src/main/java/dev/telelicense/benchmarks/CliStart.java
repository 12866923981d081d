package dev.telelicense.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Wall time of whole CLI processes, which JMH cannot measure: {@code ./telelicense number} and
 * {@code ./telelicense check} against a hello-world on the same JVM. Two warm-up runs each (page cache;
 * the launcher's class-data archive, made on the first run), then rounds that run the three commands in turn, so that a burst of load from
 * elsewhere on the machine hits all three alike; the median of each is reported.
 */
final class CliStart {
  private CliStart() {}

  /** Prints {@code cli.number} and {@code cli.check}; false when a command failed. */
  static boolean run(int runs) throws IOException, InterruptedException {
    Path root = Figures.repositoryRoot();
    String launcher = root.resolve("telelicense").toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<List<String>> commands = List.of(
        List.of(java, "-cp", Figures.ownClassPath(), Hello.class.getName()),
        List.of(launcher, "number", "京B2-20190486"),
        List.of(launcher, "check", root.resolve("examples/licenses/jing-b2-20240286.txt").toString(),
            "--facts", root.resolve("examples/facts/jing-b2-20240286.yaml").toString(),
            "--as-of", "2026-11-22"));
    System.err.println("# timing the CLI: " + runs + " runs of each command…");
    long[][] nanos = new long[commands.size()][runs];
    for (int round = -2; round < runs; round++) {
      for (int c = 0; c < commands.size(); c++) {
        long t = time(commands.get(c), root);
        if (t < 0) {
          return false;
        }
        if (round >= 0) {
          nanos[c][round] = t;
        }
      }
    }
    double hello = medianMillis(nanos[0]);
    double number = medianMillis(nanos[1]);
    double check = medianMillis(nanos[2]);
    System.out.println(Figures.line("cli.number", millis(number), "ms", number / hello));
    Figures.printTarget("cli.number", number / hello);
    System.out.println(Figures.line("cli.check", millis(check), "ms", check / hello));
    Figures.printTarget("cli.check", check / hello);
    System.out.println("#   baseline java -cp … Hello " + millis(hello) + " ms (median of " + runs + ")");
    return true;
  }

  /** Nanoseconds from start to exit, or -1 (after printing why) when the command failed. */
  private static long time(List<String> command, Path root) throws IOException, InterruptedException {
    File err = File.createTempFile("telelicense-bench", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err);
      Map<String, String> env = pb.environment();
      // The launcher runs `java` from PATH: make that the JVM the hello-world runs on, with no extras.
      env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
          + env.getOrDefault("PATH", ""));
      env.remove("JAVA_OPTS");
      env.remove("JAVA_TOOL_OPTIONS");
      long start = System.nanoTime();
      int exit = pb.start().waitFor();
      long elapsed = System.nanoTime() - start;
      if (exit != 0) {
        System.err.println("failed (exit " + exit + "): " + String.join(" ", command));
        System.err.print(Files.readString(err.toPath(), StandardCharsets.UTF_8));
        return -1;
      }
      return elapsed;
    } finally {
      Files.deleteIfExists(err.toPath());
    }
  }

  private static double medianMillis(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    int n = s.length;
    double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    return median / 1e6;
  }

  private static String millis(double ms) {
    return String.valueOf(Math.round(ms));
  }
}
