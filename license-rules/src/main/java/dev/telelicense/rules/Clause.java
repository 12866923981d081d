package dev.telelicense.rules;

import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 条款 — the obligations the built-in rules find in a licence, each recognised by key phrases of its
 * text. This is the one place where a provision is found by what it says: templates number the same
 * provision differently (the app-store paragraph is an item of its own in one licence and part of
 * （十） in another), so a provision is found by content, never by number. The phrases are matched
 * in {@link #normalize normalised} text: scans break lines, mix full- and half-width characters and
 * scatter spaces.
 */
enum Clause {
  /** 二 — 不得经营或变相经营未经许可的其他电信业务. */
  OPERATING_SCOPE(List.of("不得经营或变相经营")),
  /** 二 — 在…网站主页…显著位置标明经营许可证编号. */
  LICENSE_NUMBER_SHOWN(List.of("标明经营许可证编号")),
  /** 九 — 在处置后的10个工作日内向电信主管部门上报 (违法信息). */
  ILLEGAL_INFO_REPORT(List.of("10个工作日", "违法信息")),
  /** 十一 — 自公司作出决定之日起30日内…提出申请，经批准后方可实施. */
  ENTITY_CHANGE(List.of("作出决定之日起30日")),
  /** 十二 — 在变更后30日内 / 在变更之日起30日内 report changed information. */
  INFO_CHANGE(List.of("变更后30日"), List.of("变更之日起30日")),
  /** 十二 — 提前90日…提出续办申请. */
  RENEWAL(List.of("提前90日")),
  /** 十四 — 每年第一季度参加…经营许可证年报. */
  ANNUAL_REPORT(List.of("年报")),
  /** 新技术新业务安全评估, reported 30 days after completion: an item of the B21 and B25 provisions. */
  SECURITY_ASSESSMENT(List.of("新技术新业务安全评估")),
  /** 发布信息服务业务广告时，应当公布你公司名称和经营许可证编号: an item of the B25 provision. */
  ADVERTISING(List.of("信息服务业务广告")),
  /** B21: 相关数据资料，保存时间不得少于一年. */
  DATA_RETENTION(List.of("保存时间不得少于一年")),
  /** B21: 在许可的业务覆盖范围内组建…平台设施. */
  PLATFORM_FACILITIES(List.of("业务覆盖范围内组建"));

  /** Any of these sets of phrases, each set all present, states the clause. */
  // List.copyOf of List.of lists is unmodifiable; Error Prone takes only Guava's ImmutableList, which
  // the rules do not depend on, for an immutable list.
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<List<String>> anyOf;

  @SafeVarargs
  Clause(List<String>... anyOf) {
    // Copied element by element: handing the varargs array on to List.of is what javac's varargs lint
    // calls possible heap pollution.
    List<List<String>> sets = new ArrayList<>(anyOf.length);
    for (List<String> set : anyOf) {
      sets.add(set);
    }
    this.anyOf = List.copyOf(sets);
  }

  /**
   * The services (catalogue codes) in whose own provision the templates print this clause: it binds
   * only where one of them is granted (and operated, when the facts say). Empty for the duties every
   * value-added licence carries (二, 九, 十一, 十二, 十四), which bind whether or not their text was read.
   *
   * @return the codes, empty for a duty of every licence
   */
  List<String> services() {
    return switch (this) {
      case SECURITY_ASSESSMENT -> List.of("B21", "B25");
      case ADVERTISING -> List.of("B25");
      case DATA_RETENTION, PLATFORM_FACILITIES -> List.of("B21");
      default -> List.of();
    };
  }

  /** Whether {@code provision}'s own text (not its items') states this obligation. */
  boolean isIn(Provision provision) {
    return isIn(normalize(provision.text()));
  }

  /** Whether a {@link #normalize normalised} text states this obligation. */
  boolean isIn(String normalized) {
    for (List<String> phrases : anyOf) {
      boolean all = true;
      for (String phrase : phrases) {
        all &= normalized.contains(phrase);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** The provisions and items of {@code license} stating this obligation, in licence order. */
  List<Provision> in(License license) {
    List<Provision> found = new ArrayList<>();
    for (Provision p : license.provisions()) {
      if (isIn(p)) {
        found.add(p);
      }
      for (Provision item : p.items()) {
        if (isIn(item)) {
          found.add(item);
        }
      }
    }
    return found;
  }

  /**
   * The coded service a provision heading a list of items is about: {@code 你公司在经营信息服务业务时…}
   * gives B25. The longest {@code 经营} + service name found wins, the first in catalogue order among
   * equals; only coded services count, since item names (交易处理业务) lie inside service names
   * (在线数据处理与交易处理业务).
   */
  static Optional<TelecomService> serviceOfHeading(Provision provision) {
    String text = normalize(provision.text());
    TelecomService best = null;
    for (Map.Entry<String, TelecomService> h : HEADINGS.entrySet()) {
      TelecomService e = h.getValue();
      if (text.contains(h.getKey()) && (best == null || e.name().length() > best.name().length())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code 经营} + the normalised name → each coded service, in catalogue order. */
  private static final Map<String, TelecomService> HEADINGS = headings();

  private static Map<String, TelecomService> headings() {
    Map<String, TelecomService> headings = new LinkedHashMap<>();
    for (TelecomService e : ServiceCatalog.standard().entries()) {
      if (e.code().isPresent() && !e.isItem()) {
        headings.putIfAbsent("经营" + normalize(e.name()), e);
      }
    }
    return Collections.unmodifiableMap(headings);
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
