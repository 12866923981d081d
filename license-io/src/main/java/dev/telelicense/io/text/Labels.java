package dev.telelicense.io.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 标签 — the printed field labels and how a value follows them: with or without a colon, full- or
 * half-width ({@code 公司名称：…}, {@code 经营许可证编号京B2-…}, {@code 发证机关(盖章):}).
 */
final class Labels {
  static final String NUMBER = "经营许可证编号";
  static final String LICENSEE = "公司名称";
  static final String LEGAL_REPRESENTATIVE = "法定代表人";
  static final String SERVICES = "业务种类";
  static final String ISSUER = "发证机关";
  static final String ISSUED_ON = "发证日期";
  static final String VALID_UNTIL = "有效期至";
  static final String VALID_UNTIL_LONG = "有效期限至";
  /** 有效期 printed as a range, {@code 有效期：2024年1月25日至2029年1月25日}; also 有效期限. */
  static final String VALIDITY = "有效期";
  static final String VALIDITY_LONG = "有效期限";
  static final String WEBSITE_NAME = "网站名称";
  static final String WEBSITE_DOMAINS = "网站域名";
  static final String SERVER_LOCATION = "服务器放置地";
  /** Some templates print 服务器放置地点; the 点 is part of the label, not of the place. */
  static final String SERVER_LOCATION_LONG = SERVER_LOCATION + "点";
  static final String ACCESS_PROVIDER = "网站接入服务提供单位";

  /**
   * The parts of the service block's label, {@code 业务种类（服务项目）及覆盖范围}, which may stand at the
   * start of a block line in any order, interleaved with the values.
   */
  static final List<String> SERVICE_LABEL_PARTS = List.of(SERVICES, "(服务项目)", "（服务项目）", "及覆盖范围");

  /** Every label a value may not be mistaken for when it is looked for on the next line. */
  static final List<String> ALL = List.of(NUMBER, LICENSEE, LEGAL_REPRESENTATIVE, SERVICES, ISSUER,
      ISSUED_ON, VALIDITY, WEBSITE_NAME, WEBSITE_DOMAINS, SERVER_LOCATION, ACCESS_PROVIDER,
      SERVICE_LABEL_PARTS.get(1), SERVICE_LABEL_PARTS.get(2), SERVICE_LABEL_PARTS.get(3));

  private Labels() {}

  /**
   * The value after {@code label} when {@code line} starts with it: colon and spaces skipped, possibly
   * empty (the value is then on another line); {@code null} when the line has another label.
   */
  @Nullable
  static String valueAfter(String line, String label) {
    if (!line.startsWith(label)) {
      return null;
    }
    return afterColon(line, label.length());
  }

  /** The text from {@code from} with leading spaces and one colon skipped. */
  static String afterColon(String line, int from) {
    int i = from;
    while (i < line.length() && Cjk.isSpace(line.charAt(i))) {
      i++;
    }
    if (i < line.length() && Cjk.isColon(line.charAt(i))) {
      i++;
    }
    return Cjk.strip(line.substring(i));
  }

  /** Whether {@code line} starts with any label. */
  static boolean startsWithLabel(String line) {
    for (String label : ALL) {
      if (line.startsWith(label)) {
        return true;
      }
    }
    return false;
  }
}
