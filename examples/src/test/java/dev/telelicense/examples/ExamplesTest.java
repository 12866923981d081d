package dev.telelicense.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every example's main and checks what it prints, so the examples cannot rot. */
@Isolated
class ExamplesTest {

  @Test
  void decodeNumber() {
    String out = run(DecodeNumber::main);
    assertTrue(out.contains("粤B2-20090059-111 issuer=粤 region=广东省 categories=[B2] serial=0059 kind=LICENSE"), out);
    assertTrue(out.contains("B1.B2-20090108 issuer=MIIT region=全国"), out);
    assertTrue(out.contains("UNKNOWN_CATEGORY at index 1"), out);
  }

  @Test
  void findNumbers() {
    String out = run(FindNumbers::main);
    assertTrue(out.startsWith("浙B2-20080224 LICENSE at 15..27\n浙ICP备12005180号-3 FILING at "), out);
    assertTrue(out.endsWith("true\n"), out);
    assertTrue(out.lines().count() == 3, out);
  }

  @Test
  void signUpForm() {
    String out = run(SignUpForm::main);
    assertTrue(out.startsWith("ok: 0 violations\n"), out);
    assertTrue(out.contains("filingNumber is a telecom licence number, not an ICP filing number (备案号)"), out);
    assertTrue(out.contains("licenseNumber is an ICP filing number (备案号), not a telecom licence number"), out);
    assertTrue(out.contains("shownOnHomepage must be the licence number without a site suffix"), out);
  }

  @Test
  void parseLicense() {
    String out = run(ParseLicense::main);
    assertTrue(out.startsWith("京B2-20252223 北京踏行天际科技发展有限公司\n"), out);
    assertTrue(out.contains("B21 在线数据处理与交易处理业务 limitedTo=[经营类电子商务]"), out);
    assertTrue(out.contains("B25 信息服务业务 limitedTo=[互联网信息服务] excluding=[信息搜索查询服务, 信息即时交互服务]"), out);
    assertTrue(out.contains("jing-b2-20252223.txt:30: error: unreadable date for issuedOn"), out);
  }

  @Test
  void convertToYaml() {
    String out = run(ConvertToYaml::main);
    assertTrue(out.startsWith("number: 京B2-20190486\n"), out);
    assertTrue(out.contains("same after YAML: true, after JSON: true"), out);
  }

  @Test
  void checkCompliance() {
    String out = run(CheckCompliance::main);
    assertTrue(out.contains("{PASS="), out);
  }

  @Test
  void listRules() {
    String out = run(ListRules::main);
    assertTrue(out.contains("renewal.applied-90-days-ahead | "), out);
    assertTrue(out.lines().count() >= 14, out);
  }

  @Test
  void customCalendar() {
    String out = run(CustomCalendar::main);
    assertTrue(out.startsWith("NOT_REVIEWED "), out);
    assertTrue(out.contains("2027"), out);
  }

  @Test
  void companyRule() {
    String out = run(CompanyRule::main);
    assertTrue(out.startsWith("acme.renewal-file-a-year-ahead FAIL "), out);
    assertTrue(out.contains("due 2028-01-25"), out);
  }

  @Test
  void whatIsDue() {
    String out = run(WhatIsDue::main);
    assertTrue(out.startsWith("2027-03-31 OPEN 2026年度经营许可证年报 (44 days)\n"), out);
    assertTrue(out.contains("[DTSTART;VALUE=DATE:20270331, TRIGGER;RELATED=START:-P14D, TRIGGER;RELATED=START:-P2D,"
        + " DTSTART;VALUE=DATE:20270101, "), out);
  }

  /** An example's {@code main}, taken as a method reference. */
  private interface Program {
    void run(String[] args) throws Exception;
  }

  private static String run(Program program) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      program.run(new String[0]);
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
