package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void versionNamesTheProject() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("telelicense 0.1.0-SNAPSHOT"), run.out());
  }

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode());
    for (String command : new String[] {"number", "parse", "convert", "check", "rules"}) {
      assertTrue(run.out().contains("  " + command), command + " missing from\n" + run.out());
    }
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("telelicense: Missing command"), run.err());
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    CliRun run = CliRun.of("parse", "--frmat", "yaml", "x.txt");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("telelicense: Unknown options: '--frmat'"), run.err());
    assertFalse(run.err().contains("at dev.telelicense"), run.err());
  }

  @Test
  void unknownCommandSuggestsTheClosest() {
    CliRun run = CliRun.of("chek");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("check"), run.err());
  }
}
