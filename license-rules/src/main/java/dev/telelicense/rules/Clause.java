package dev.telelicense.rules;

import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The obligations the built-in rules find in a licence, each recognised by key phrases of its text.
 * Templates number the same provision differently (the app-store paragraph is an item of its own in
 * one licence and part of （十） in another), so a provision is found by what it says, never by number.
 * The phrases are matched in {@link #normalize normalised} text: scans break lines, mix full- and
 * half-width characters and scatter spaces.
 */
enum Clause {
  /** 二 — 不得经营或变相经营未经许可的其他电信业务. */
  OPERATING_SCOPE(t -> t.contains("不得经营或变相经营")),
  /** 二 — 在…网站主页…显著位置标明经营许可证编号. */
  LICENSE_NUMBER_SHOWN(t -> t.contains("标明经营许可证编号")),
  /** 九 — 在处置后的10个工作日内向电信主管部门上报 (违法信息). */
  ILLEGAL_INFO_REPORT(t -> t.contains("10个工作日") && t.contains("违法信息")),
  /** 十一 — 自公司作出决定之日起30日内…提出申请，经批准后方可实施. */
  ENTITY_CHANGE(t -> t.contains("作出决定之日起30日")),
  /** 十二 — 在变更后30日内 / 在变更之日起30日内 report changed information. */
  INFO_CHANGE(Pattern.compile("变更(后|之日起)30日").asPredicate()),
  /** 十二 — 提前90日…提出续办申请. */
  RENEWAL(t -> t.contains("提前90日")),
  /** 十四 — 每年第一季度参加…经营许可证年报. */
  ANNUAL_REPORT(t -> t.contains("年报")),
  /** 新技术新业务安全评估, reported 30 days after completion. */
  SECURITY_ASSESSMENT(t -> t.contains("新技术新业务安全评估")),
  /** 发布信息服务业务广告时，应当公布你公司名称和经营许可证编号. */
  ADVERTISING(t -> t.contains("信息服务业务广告")),
  /** B21: 相关数据资料，保存时间不得少于一年. */
  DATA_RETENTION(t -> t.contains("保存时间不得少于一年")),
  /** B21: 在许可的业务覆盖范围内组建…平台设施. */
  PLATFORM_FACILITIES(t -> t.contains("业务覆盖范围内组建"));

  private final Predicate<String> inNormalizedText;

  Clause(Predicate<String> inNormalizedText) {
    this.inNormalizedText = inNormalizedText;
  }

  /** Whether {@code provision}'s own text (not its items') states this obligation. */
  boolean isIn(Provision provision) {
    return inNormalizedText.test(normalize(provision.text()));
  }

  /** The provisions and items of {@code license} stating this obligation, in licence order. */
  List<Provision> in(License license) {
    List<Provision> found = new ArrayList<>();
    for (Provision p : provisionsAndItems(license)) {
      if (isIn(p)) {
        found.add(p);
      }
    }
    return found;
  }

  /** Whether any clause is stated in {@code provision}. */
  static boolean anyIn(Provision provision) {
    String t = normalize(provision.text());
    for (Clause c : values()) {
      if (c.inNormalizedText.test(t)) {
        return true;
      }
    }
    return false;
  }

  /** Every provision, each followed by its items: the licence's reading order. */
  static List<Provision> provisionsAndItems(License license) {
    List<Provision> all = new ArrayList<>();
    for (Provision p : license.provisions()) {
      all.add(p);
      all.addAll(p.items());
    }
    return all;
  }

  /**
   * Half-width, without whitespace, punctuation or symbols: only letters (CJK included) and digits
   * stay, so {@code １０ 个工作日} and {@code 10个工作日} read alike.
   */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
