package dev.telelicense.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.io.Severity;
import dev.telelicense.model.License;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The size limit, and inputs built to make a backtracking or quadratic reader stall. */
class RobustnessTest {
  /** Leaves room for a prefix while staying within {@link LicenseTextParser#MAX_CHARS}. */
  private static final int BAIT = LicenseTextParser.MAX_CHARS - 64;

  @Test
  void refusesTextOverMaxChars() {
    ReadResult<License> r = LicenseTextParser.standard().parse("京".repeat(LicenseTextParser.MAX_CHARS + 1));
    assertEquals(Optional.empty(), r.value());
    assertEquals(1, r.diagnostics().size());
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(DiagnosticCode.TOO_LARGE.name(), d.code());
  }

  @Test
  void acceptsTextOfExactlyMaxChars() {
    String head = "经营许可证编号：京B2-20190486\n公司名称：北京示例科技有限公司\n";
    String text = head + " ".repeat(LicenseTextParser.MAX_CHARS - head.length());
    ReadResult<License> r = LicenseTextParser.standard().parse(text);
    assertTrue(r.value().isPresent(), r.diagnostics()::toString);
    assertTrue(r.diagnostics().stream().noneMatch(d -> d.code().equals(DiagnosticCode.TOO_LARGE.name())));
  }

  static Stream<Arguments> bait() {
    return Stream.of(
        Arguments.of("京", ""),
        Arguments.of("1", ""),
        Arguments.of("（", ""),
        Arguments.of("、", ""),
        Arguments.of("和", ""),
        Arguments.of("京", "经营许可证编号："),
        Arguments.of("１", "经营许可证编号：京B2-"),
        Arguments.of("（", "经营许可证编号：京B2-20190486\n公司名称：某公司\n业务种类：信息服务业务"),
        Arguments.of("、", "经营许可证编号：京B2-20190486\n公司名称：某公司\n业务种类：不含"),
        Arguments.of("和", "经营许可证编号：京B2-20190486\n公司名称：某公司\n业务种类：信息服务业务（不含"),
        Arguments.of("（", "经营许可证编号：京B2-20190486\n公司名称：某公司\n一、规定\n（一）"),
        Arguments.of("（适用于", "经营许可证编号：京B2-20190486\n公司名称：某公司\n一、规定\n（一）"),
        Arguments.of("、", "经营许可证编号：京B2-20190486\n公司名称：某公司\n获准经营信息服务业务相关信息\n网站名称：站\n网站域名："),
        Arguments.of("1", "经营许可证编号：京B2-20190486\n公司名称：某公司\n发证日期："),
        Arguments.of("仅供使用有效期至", ""),
        Arguments.of("京B2-2019048\n", ""),
        Arguments.of("经营许可证编号：\n\n", ""),
        Arguments.of("网站域名：\n特别规定事项\n", "经营许可证编号：京B2-20190486\n公司名称：某公司\n获准经营信息服务业务相关信息\n"),
        Arguments.of("一、\n", "经营许可证编号：京B2-20190486\n公司名称：某公司\n"),
        Arguments.of("A（）", "经营许可证编号：京B2-20190486\n公司名称：某公司\n业务种类："),
        Arguments.of(" ", "中"),
        Arguments.of("获准经营\n\n", "经营许可证编号：京B2-20190486\n公司名称：某公司\n"),
        Arguments.of("\r", ""));
  }

  /** No timing assertion (machines differ); a super-linear reader would not finish this suite. */
  @ParameterizedTest
  @MethodSource("bait")
  void aMegabyteOfBaitIsReadAndReturns(String unit, String prefix) {
    String text = prefix + unit.repeat((BAIT - prefix.length()) / unit.length());
    ReadResult<License> r = LicenseTextParser.standard().parse(text);
    assertNotNull(r);
    assertFalse(r.diagnostics().stream().anyMatch(d -> d.code().equals(DiagnosticCode.INTERNAL_ERROR.name())),
        r.diagnostics().stream().limit(3).toList()::toString);
  }
}
