package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile input through a real CLI process in a 256 MiB heap, as a pipeline would run it: each answer
 * is one line on stderr and a non-zero exit, never a stack trace or an exhausted heap.
 * (scripts/hostile-inputs.sh runs the same through ./telelicense and also times each case.)
 */
class HostileInputTest {

  @TempDir static Path tmp;

  @BeforeAll
  static void writeInputs() throws IOException {
    StringBuilder bomb = new StringBuilder("services: &a [x, x, x, x, x, x, x, x, x]\n");
    String[] keys = {"websites", "annualReports", "entityChanges", "infoChanges", "illegalInfoDisposals"};
    for (int i = 0; i < keys.length; i++) {
      String ref = "*" + (char) ('a' + i);
      bomb.append(keys[i]).append(": &").append((char) ('b' + i)).append(" [")
          .append(String.join(", ", Collections.nCopies(9, ref))).append("]\n");
    }
    write("bomb.yaml", bomb.toString());
    write("deep.json", "[".repeat(200_000) + "]".repeat(200_000));
    write("deep-field.json", "{\"number\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}");
    byte[] random = new byte[2 << 20];
    new Random(20261122).nextBytes(random);
    Files.write(tmp.resolve("random.txt"), random);
    try (OutputStream out = Files.newOutputStream(tmp.resolve("huge.txt"))) {
      byte[] line = "你公司应当遵守下列规定。\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 60L << 20; written += line.length) {
        out.write(line);
      }
    }
    // The last: field labels side by side, which the parser splits a line at, 70,000 times over.
    for (String unit : new String[] {"京", "0123456789", "（", "、", "网站名称：网站域名："}) {
      write("line-" + (int) unit.charAt(0) + ".txt", unit.repeat((1 << 20) / unit.getBytes(StandardCharsets.UTF_8).length));
    }
  }

  @ParameterizedTest(name = "{0}")
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a performance check
  @CsvSource({
      "alias bomb as facts,   2, check, LICENCE, --facts, bomb.yaml, --as-of, 2026-11-22",
      "200000-deep JSON,      2, parse, deep.json,,,,",
      "200000-deep field,     2, parse, deep-field.json,,,,",
      "2 MB of random bytes,  2, parse, random.txt,,,,",
      "60 MB text,            2, parse, huge.txt,,,,",
      "1 MB line of 京,        1, parse, line-20140.txt,,,,",
      "1 MB line of digits,   1, parse, line-48.txt,,,,",
      "1 MB line of （,        1, parse, line-65288.txt,,,,",
      "1 MB line of 、,        1, parse, line-12289.txt,,,,",
      "1 MB line of labels,   1, parse, line-32593.txt,,,,"})
  void oneLineAndANonZeroExit(String name, int exit, String command, String a, String b, String c, String d,
      String e) throws Exception {
    List<String> args = new ArrayList<>(List.of(command));
    for (String arg : new String[] {a, b, c, d, e}) {
      if (arg != null) {
        args.add(arg.equals("LICENCE") ? CliRun.license("jing-b2-20240286.txt")
            : arg.endsWith(".yaml") || arg.endsWith(".json") || arg.endsWith(".txt") ? tmp.resolve(arg).toString()
            : arg);
      }
    }
    Result r = runInSmallHeap(args);
    assertEquals(exit, r.code, r.err);
    assertEquals(1, r.err.lines().count(), r.err);
    assertFalse(r.err.contains("Exception") || r.err.contains("OutOfMemory"), r.err);
    assertTrue(r.err.contains("error:"), r.err);
  }

  private record Result(int code, String err) {}

  private static Result runInSmallHeap(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(args);
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    if (!p.waitFor(50, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("no answer within 50 s: " + args);
    }
    return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void write(String name, String content) throws IOException {
    Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }
}
