package dev.telelicense.rules;

import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.List;

/**
 * The obligations the built-in rules find in a licence, each recognised by key phrases of its text.
 * Templates number the same provision differently (the app-store paragraph is an item of its own in
 * one licence and part of （十） in another), so a provision is found by what it says, never by number.
 * The phrases are matched in {@link #normalize normalised} text: scans break lines, mix full- and
 * half-width characters and scatter spaces. {@link Phrases} matches every clause's phrases in one
 * pass over a provision; a licence is read once, by {@link LicenseAnalysis}.
 */
enum Clause {
  /** 二 — 不得经营或变相经营未经许可的其他电信业务. */
  OPERATING_SCOPE(all("不得经营或变相经营")),
  /** 二 — 在…网站主页…显著位置标明经营许可证编号. */
  LICENSE_NUMBER_SHOWN(all("标明经营许可证编号")),
  /** 九 — 在处置后的10个工作日内向电信主管部门上报 (违法信息). */
  ILLEGAL_INFO_REPORT(all("10个工作日", "违法信息")),
  /** 十一 — 自公司作出决定之日起30日内…提出申请，经批准后方可实施. */
  ENTITY_CHANGE(all("作出决定之日起30日")),
  /** 十二 — 在变更后30日内 / 在变更之日起30日内 report changed information. */
  INFO_CHANGE(all("变更后30日"), all("变更之日起30日")),
  /** 十二 — 提前90日…提出续办申请. */
  RENEWAL(all("提前90日")),
  /** 十四 — 每年第一季度参加…经营许可证年报. */
  ANNUAL_REPORT(all("年报")),
  /** 新技术新业务安全评估, reported 30 days after completion. */
  SECURITY_ASSESSMENT(all("新技术新业务安全评估")),
  /** 发布信息服务业务广告时，应当公布你公司名称和经营许可证编号. */
  ADVERTISING(all("信息服务业务广告")),
  /** B21: 相关数据资料，保存时间不得少于一年. */
  DATA_RETENTION(all("保存时间不得少于一年")),
  /** B21: 在许可的业务覆盖范围内组建…平台设施. */
  PLATFORM_FACILITIES(all("业务覆盖范围内组建"));

  /** Any of these sets of phrases, each set all present, states the clause. */
  private final String[][] anyOf;

  Clause(String[]... anyOf) {
    this.anyOf = anyOf;
  }

  private static String[] all(String... phrases) {
    return phrases;
  }

  /** The phrase sets of this clause: it is stated when every phrase of one set occurs. */
  String[][] phraseSets() {
    String[][] copy = new String[anyOf.length][];
    for (int i = 0; i < anyOf.length; i++) {
      copy[i] = anyOf[i].clone();
    }
    return copy;
  }

  /** Whether {@code provision}'s own text (not its items') states this obligation. */
  boolean isIn(Provision provision) {
    return (Phrases.clausesIn(Phrases.scan(provision.text())) & (1 << ordinal())) != 0;
  }

  /**
   * The provisions and items of {@code license} stating this obligation, in licence order: as the
   * rules find them, through {@link LicenseAnalysis}.
   */
  List<Provision> in(License license) {
    LicenseAnalysis analysis = new LicenseAnalysis(license);
    List<Provision> found = new ArrayList<>();
    for (int entry : analysis.stating(this)) {
      found.add(analysis.provision(entry));
    }
    return found;
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
      char c = normalizedChar(text.charAt(i));
      if (c != 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Bit {@code c} set when {@code Character.isLetterOrDigit(c)}: one lookup per character of every
   * provision instead of the character database's several. Filled once, never changed.
   */
  private static final long[] LETTER_OR_DIGIT = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
      }
    }
  }

  /** {@code c} as {@link #normalize} keeps it: half-width, or {@code 0} when it is dropped. */
  static char normalizedChar(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    }
    return (LETTER_OR_DIGIT[c >>> 6] & (1L << c)) != 0 ? c : 0;
  }
}
