package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParseAndConvertTest {

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jing-icp-150746.txt", "jing-b2-20190486.txt", "jing-b2-20240286.txt"})
  void cleanSeedsParseWithExitZero(String seed) {
    CliRun run = CliRun.of("parse", CliRun.license(seed));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("{\n  \"number\": "), run.out());
  }

  @Test
  void damagedSeedPrintsTheDocumentAndTwoErrorsWithExitOne() {
    String file = CliRun.license("jing-b2-20252223.txt");
    CliRun run = CliRun.of("parse", file);
    assertEquals(1, run.exitCode());
    assertEquals(file + ":30: error: unreadable date for issuedOn (发证日期): '2025年 0月 2日'\n"
        + file + ":32: error: unreadable date for validUntil (有效期至): '2030年 0月 2日'\n", run.err());
    assertTrue(run.out().contains("\"number\": \"京B2-20252223\""), run.out());
    assertFalse(run.out().contains("issuedOn"), run.out());
  }

  @Test
  void parseAsYaml() {
    CliRun run = CliRun.of("parse", CliRun.license("jing-b2-20190486.txt"), "--format", "yaml");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("number: 京B2-20190486\nlicensee: 北京淘车科技有限公司\n"), run.out());
  }

  @Test
  void textToJsonToYamlToJsonIsTheSameDocument() throws IOException {
    String json = CliRun.of("parse", CliRun.license("jing-b2-20240286.txt")).out();
    Path jsonFile = write("licence.json", json);
    String yaml = CliRun.of("convert", jsonFile.toString(), "--to", "yaml").out();
    Path yamlFile = write("licence.yaml", yaml);
    CliRun back = CliRun.of("convert", yamlFile.toString(), "--to", "json");
    assertEquals(0, back.exitCode(), back.err());
    assertEquals(json, back.out());
  }

  @Test
  void invalidDocumentIsOneLineWithExitTwo() throws IOException {
    Path bad = write("bad.json", "{\"number\": \"京B2-20190486\", \"licensee\": \"x\", \"issuedOn\": \"2025-02-30\"}");
    CliRun run = CliRun.of("convert", bad.toString(), "--to", "yaml");
    assertEquals(2, run.exitCode());
    assertEquals(bad + ":1: error: invalid date '2025-02-30' at $.issuedOn\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void missingFileAndDirectoryAreUnreadable() {
    CliRun missing = CliRun.of("parse", tmp.resolve("nope.txt").toString());
    assertEquals(2, missing.exitCode());
    assertEquals(tmp.resolve("nope.txt") + ": error: no such file\n", missing.err());
    CliRun dir = CliRun.of("parse", tmp.toString());
    assertEquals(2, dir.exitCode());
    assertEquals(tmp + ": error: is a directory, not a file\n", dir.err());
  }

  @Test
  void invalidUtf8AndNulBytesAreRefused() throws IOException {
    Path latin = tmp.resolve("latin1.txt");
    Files.write(latin, new byte[] {'a', (byte) 0xE9, 'b'});
    CliRun run = CliRun.of("parse", latin.toString());
    assertEquals(2, run.exitCode());
    assertEquals(latin + ": error: not valid UTF-8 at byte 1\n", run.err());
    Path nul = tmp.resolve("nul.txt");
    Files.write(nul, new byte[] {'a', 0, 'b'});
    assertEquals(nul + ": error: contains a NUL byte at byte 1; not a text file\n", CliRun.of("parse", nul.toString()).err());
  }

  @Test
  void byteOrderMarkAndCrlfReadTheSameLicence() throws IOException {
    String plain = CliRun.of("parse", CliRun.license("jing-b2-20190486.txt")).out();
    String text = Files.readString(Path.of(CliRun.license("jing-b2-20190486.txt")), StandardCharsets.UTF_8);
    Path bom = write("bom.txt", "\uFEFF" + text.replace("\n", "\r\n"));
    assertEquals(plain, CliRun.of("parse", bom.toString()).out());
  }

  @Test
  void unknownExtensionIsExplained() throws IOException {
    Path pdf = write("licence.pdf", "x");
    CliRun run = CliRun.of("parse", pdf.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(pdf + ": error: cannot tell the format from the file name"), run.err());
  }

  @Test
  void badFormatIsAUsageError() {
    CliRun run = CliRun.of("convert", CliRun.license("jing-b2-20190486.txt"), "--to", "xml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("telelicense: Invalid value for option '--to': 'xml' is not a format; use json or yaml"),
        run.err());
  }

  @Test
  void textThatIsNoLicenceExitsOne() throws IOException {
    Path junk = write("junk.txt", "hello\nworld\n");
    CliRun run = CliRun.of("parse", junk.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(junk + ":"), run.err());
  }

  @Test
  void registerFormGrantsAreReadAndAnUnknownFragmentExitsOneQuotingIt() throws IOException {
    Path text = write("register.txt", """
        经营许可证编号：B1-20210517
        公司名称：北京示例云联科技有限公司
        业务种类（服务项目）及覆盖范围：因特网接入服务业务:北京市;天津市互联网数据中心业务:北京市 量子云业务:全国
        """);
    CliRun run = CliRun.of("parse", text.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("error: unknown service '量子云业务'"), run.err());
    assertTrue(run.out().contains("\"coverage\": [\"北京市\", \"天津市\"]")
        || run.out().contains("\"coverage\": [\n"), run.out());
    assertTrue(run.out().contains("\"service\": \"B11\""), run.out());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }
}
