package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindCommandTest {

  private static final String PAGE = """
      <footer><p>&copy; 2025 杭州某某网络科技有限公司</p>
      <p>增值电信业务经营许可证：浙B2-20080224&nbsp;浙网文（2019）1033-086号</p>
      <p><a href="https://beian.miit.gov.cn/">浙ICP备12005180号-3</a> 浙公网安备 33010602011771号</p></footer>
      """;

  @TempDir Path dir;

  @Test
  void oneLinePerNumberWithOffsets() throws IOException {
    Path page = dir.resolve("index.html");
    Files.writeString(page, PAGE);
    CliRun run = CliRun.of("find", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    int start = PAGE.indexOf("浙B2");
    int filing = PAGE.indexOf("浙ICP");
    assertEquals("{\"start\":" + start + ",\"end\":" + (start + 12) + ",\"number\":\"浙B2-20080224\",\"kind\":\"LICENSE\","
        + "\"issuer\":\"浙\",\"region\":\"浙江省\",\"categories\":[\"B2\"],\"year\":2008,\"serial\":\"0224\"}\n"
        + "{\"start\":" + filing + ",\"end\":" + (filing + 16) + ",\"number\":\"浙ICP备12005180号-3\",\"kind\":\"FILING\","
        + "\"issuer\":\"浙\",\"region\":\"浙江省\",\"icp\":true,\"serial\":\"12005180\",\"site\":\"3\"}\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void noneFoundIsExitOne() throws IOException {
    Path page = dir.resolve("other.txt");
    Files.writeString(page, "京公网安备 11010502030143号 统一社会信用代码：91110108MA01C2X47U");
    CliRun run = CliRun.of("find", page.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals("", run.err());
  }

  @Test
  void olderPagesInGb18030() throws IOException {
    Path page = dir.resolve("gbk.html");
    Files.write(page, "ICP证：辽B-2-4-20090106".getBytes(Charset.forName("GB18030")));
    assertEquals(2, CliRun.of("find", page.toString()).exitCode(), "not UTF-8");
    CliRun run = CliRun.of("find", page.toString(), "--encoding", "GB18030");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\"start\":5,\"end\":20,\"number\":\"辽B-2-4-20090106\""), run.out());
  }

  @Test
  void unusableInputIsOneLineAndExitTwo() throws IOException {
    CliRun missing = CliRun.of("find", dir.resolve("nope.html").toString());
    assertEquals(2, missing.exitCode());
    assertEquals(dir.resolve("nope.html") + ": error: no such file\n", missing.err());

    CliRun encoding = CliRun.of("find", "-", "--encoding", "KLINGON-8");
    assertEquals(2, encoding.exitCode());
    assertEquals("telelicense: unknown encoding 'KLINGON-8'\n", encoding.err());

    Path large = dir.resolve("large.html");
    try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(TextFiles.MAX_BYTES + 1);
    }
    CliRun tooLarge = CliRun.of("find", large.toString());
    assertEquals(2, tooLarge.exitCode());
    assertTrue(tooLarge.err().contains("too large"), tooLarge.err());
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("京B2-20202418，A2.B1.B2-20202637".getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.of("find");
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(2, run.out().lines().count(), run.out());
      assertTrue(run.out().contains("{\"start\":13,\"end\":30,\"number\":\"A2.B1.B2-20202637\""), run.out());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void numberRefusesAYearAfterThisOne() {
    CliRun run = CliRun.of("number", "京B2-20990286");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("implausible year ('2099', after the latest plausible year"), run.err());
  }

  @Test
  void numberReadsSpacedForms() {
    CliRun run = CliRun.of("number", "京 ICP 证 110745 号");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\"number\":\"京ICP证110745号\""), run.out());
  }
}
