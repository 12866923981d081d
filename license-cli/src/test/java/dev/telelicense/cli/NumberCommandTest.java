package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberCommandTest {

  @Test
  void decodesAProvincialNumberWithASite() {
    CliRun run = CliRun.of("number", "粤B2-20090059-111");
    assertEquals(0, run.exitCode());
    assertEquals("{\"number\":\"粤B2-20090059-111\",\"kind\":\"LICENSE\",\"issuer\":\"粤\",\"region\":\"广东省\","
        + "\"categories\":[\"B2\"],\"year\":2009,\"serial\":\"0059\",\"site\":\"111\"}\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void crossRegionalForeignInvestedNumber() {
    CliRun run = CliRun.of("number", "合字B1.B2-20130004");
    assertEquals("{\"number\":\"合字B1.B2-20130004\",\"kind\":\"LICENSE\",\"issuer\":\"MIIT\",\"region\":\"全国\","
        + "\"foreignInvested\":true,\"categories\":[\"B1\",\"B2\"],\"year\":2013,\"serial\":\"0004\"}\n", run.out());
  }

  @Test
  void aliasReportsTheCanonicalIssuer() {
    CliRun run = CliRun.of("number", "蜀ICP备12345678号-2");
    assertEquals("{\"number\":\"蜀ICP备12345678号-2\",\"kind\":\"FILING\",\"issuer\":\"川\",\"region\":\"四川省\","
        + "\"icp\":true,\"serial\":\"12345678\",\"site\":\"2\"}\n", run.out());
  }

  @Test
  void fullWidthInputIsCanonicalised() {
    assertTrue(CliRun.of("number", "京Ｂ２－２０１９０４８６").out().startsWith("{\"number\":\"京B2-20190486\""));
  }

  @Test
  void invalidNumberIsOneLineAndExitOne() {
    CliRun run = CliRun.of("number", "京B3-20190486");
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals("telelicense: invalid licence number '京B3-20190486' at index 1: unknown service category ('B3')\n",
        run.err());
  }

  @Test
  void missingArgumentIsAUsageError() {
    CliRun run = CliRun.of("number");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("telelicense: Missing required parameter: 'TEXT'"), run.err());
    assertTrue(run.err().contains("Usage: telelicense number"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
