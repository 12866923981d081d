package dev.telelicense.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the README to the code: its Java is the examples' Java, its command lines print what it shows. */
class ReadmeTest {
  private static final Path ROOT = Files.isRegularFile(Path.of("README.md")) ? Path.of("") : Path.of("..");

  @Test
  void everyJavaBlockIsAnExcerptOfAnExample() throws IOException {
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("examples/src/main/java/dev/telelicense/examples"))) {
      for (Path f : files.toList()) {
        sources.add(stripped(Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    List<String> blocks = blocks("java");
    assertFalse(blocks.isEmpty());
    for (String block : blocks) {
      String wanted = stripped(block);
      assertTrue(sources.stream().anyMatch(s -> s.contains(wanted)), "not in any example:\n" + block);
    }
  }

  @Test
  void commandLinesPrintWhatTheReadmeShows() throws IOException {
    int shown = 0;
    for (String block : blocks("sh")) {
      List<String> lines = block.lines().toList();
      if (!lines.get(0).startsWith("$ ./telelicense ")) {
        continue;
      }
      String[] args = lines.get(0).substring("$ ./telelicense ".length()).split(" ");
      for (int i = 0; i < args.length; i++) {
        if (args[i].startsWith("examples/")) {
          args[i] = ROOT.resolve(args[i]).toString();
        }
      }
      String expected = lines.stream().skip(1).map(l -> l + "\n").collect(Collectors.joining());
      assertEquals(expected, run(args), lines.get(0));
      shown++;
    }
    assertTrue(shown > 0);
  }

  @Test
  void quickStartMainJobRuns() throws IOException {
    String first = blocks("sh").get(0).lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("./telelicense check "), first);
    String[] args = first.substring("./telelicense ".length()).split(" ");
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("examples/")) {
        args[i] = ROOT.resolve(args[i]).toString();
      }
    }
    String out = run(args);
    assertTrue(out.contains("京B2-20240286"), out);
    assertTrue(out.contains("FAIL 0"), out);
  }

  private static String run(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  /** The fenced blocks of one language, in order. */
  private static List<String> blocks(String language) throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)) {
      if (current == null && line.equals("```" + language)) {
        current = new StringBuilder();
      } else if (current != null && line.equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** Lines without their indentation, so a README excerpt may be indented like its source or not. */
  private static String stripped(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
