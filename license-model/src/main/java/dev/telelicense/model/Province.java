package dev.telelicense.model;

import java.util.List;
import java.util.Optional;

/**
 * 省级行政区 — the 31 provincial-level regions of mainland China that issue licences, each with the
 * one-character abbreviation printed in licence numbers (京, 粤, …) and its communications
 * administration (通信管理局).
 */
public enum Province {
  /** 北京市 — Beijing municipality, 京. */
  BEIJING("京", "北京市", "北京"),
  /** 天津市 — Tianjin municipality, 津. */
  TIANJIN("津", "天津市", "天津"),
  /** 河北省 — Hebei province, 冀. */
  HEBEI("冀", "河北省", "河北"),
  /** 山西省 — Shanxi province, 晋. */
  SHANXI("晋", "山西省", "山西"),
  /** 内蒙古自治区 — Inner Mongolia autonomous region, 蒙. */
  INNER_MONGOLIA("蒙", "内蒙古自治区", "内蒙古"),
  /** 辽宁省 — Liaoning province, 辽. */
  LIAONING("辽", "辽宁省", "辽宁"),
  /** 吉林省 — Jilin province, 吉. */
  JILIN("吉", "吉林省", "吉林"),
  /** 黑龙江省 — Heilongjiang province, 黑. */
  HEILONGJIANG("黑", "黑龙江省", "黑龙江"),
  /** 上海市 — Shanghai municipality, 沪. */
  SHANGHAI("沪", "上海市", "上海"),
  /** 江苏省 — Jiangsu province, 苏. */
  JIANGSU("苏", "江苏省", "江苏"),
  /** 浙江省 — Zhejiang province, 浙. */
  ZHEJIANG("浙", "浙江省", "浙江"),
  /** 安徽省 — Anhui province, 皖. */
  ANHUI("皖", "安徽省", "安徽"),
  /** 福建省 — Fujian province, 闽. */
  FUJIAN("闽", "福建省", "福建"),
  /** 江西省 — Jiangxi province, 赣. */
  JIANGXI("赣", "江西省", "江西"),
  /** 山东省 — Shandong province, 鲁. */
  SHANDONG("鲁", "山东省", "山东"),
  /** 河南省 — Henan province, 豫. */
  HENAN("豫", "河南省", "河南"),
  /** 湖北省 — Hubei province, 鄂. */
  HUBEI("鄂", "湖北省", "湖北"),
  /** 湖南省 — Hunan province, 湘. */
  HUNAN("湘", "湖南省", "湖南"),
  /** 广东省 — Guangdong province, 粤. */
  GUANGDONG("粤", "广东省", "广东"),
  /** 广西壮族自治区 — Guangxi autonomous region, 桂. */
  GUANGXI("桂", "广西壮族自治区", "广西"),
  /** 海南省 — Hainan province, 琼. */
  HAINAN("琼", "海南省", "海南"),
  /** 重庆市 — Chongqing municipality, 渝. */
  CHONGQING("渝", "重庆市", "重庆"),
  /** 四川省 — Sichuan province, 川; also printed 蜀. */
  SICHUAN("川", "四川省", "四川", "蜀"),
  /** 贵州省 — Guizhou province, 黔; also printed 贵. */
  GUIZHOU("黔", "贵州省", "贵州", "贵"),
  /** 云南省 — Yunnan province, 滇; also printed 云. */
  YUNNAN("滇", "云南省", "云南", "云"),
  /** 西藏自治区 — Tibet autonomous region, 藏. */
  TIBET("藏", "西藏自治区", "西藏"),
  /** 陕西省 — Shaanxi province, 陕; also printed 秦. */
  SHAANXI("陕", "陕西省", "陕西", "秦"),
  /** 甘肃省 — Gansu province, 甘; also printed 陇. */
  GANSU("甘", "甘肃省", "甘肃", "陇"),
  /** 青海省 — Qinghai province, 青. */
  QINGHAI("青", "青海省", "青海"),
  /** 宁夏回族自治区 — Ningxia autonomous region, 宁. */
  NINGXIA("宁", "宁夏回族自治区", "宁夏"),
  /** 新疆维吾尔自治区 — Xinjiang autonomous region, 新. */
  XINJIANG("新", "新疆维吾尔自治区", "新疆");

  /** 全国 — the region of a cross-regional licence issued by MIIT (工业和信息化部). */
  public static final String NATIONWIDE = "全国";

  private final String abbreviation;
  private final String fullName;
  private final String shortName;
  // List.of is unmodifiable; Error Prone takes only Guava's ImmutableList, which this model does not
  // depend on, for an immutable list.
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<String> aliases;

  Province(String abbreviation, String fullName, String shortName, String... aliases) {
    this.abbreviation = abbreviation;
    this.fullName = fullName;
    this.shortName = shortName;
    this.aliases = List.of(aliases);
  }

  /**
   * 简称 — the canonical one-character abbreviation printed at the start of a licence number.
   *
   * @return e.g. {@code 川}, also for a number printed with the alias {@code 蜀}
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * 全称 — the full name, as the licensed region (覆盖范围) and addresses print it.
   *
   * @return e.g. {@code 北京市}, {@code 广西壮族自治区}
   */
  public String fullName() {
    return fullName;
  }

  /**
   * The name without its administrative suffix, as addresses often write it.
   *
   * @return e.g. {@code 北京}, {@code 广西}
   */
  public String shortName() {
    return shortName;
  }

  /**
   * Other abbreviations seen in numbers, e.g. {@code 蜀} for 四川: a number printed with one is still
   * this province's.
   *
   * @return the aliases, unmodifiable, usually none
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * 发证机关 — the issuing administration of the province's licences.
   *
   * @return e.g. {@code 北京市通信管理局}
   */
  public String administration() {
    return fullName + "通信管理局";
  }

  /**
   * Whether an address such as {@code 北京市朝阳区…} names this province at its start, by full or short name.
   *
   * @param address an address or place as printed
   * @return true when it starts with this province's name
   */
  public boolean isNamedAtStartOf(String address) {
    String a = address.strip();
    return a.startsWith(fullName) || a.startsWith(shortName);
  }

  /**
   * The province whose canonical abbreviation or alias is {@code text}.
   *
   * @param text one character such as {@code 京} or {@code 蜀}
   * @return the province, or empty when {@code text} is no abbreviation
   */
  public static Optional<Province> ofAbbreviation(String text) {
    for (Province p : values()) {
      if (p.abbreviation.equals(text) || p.aliases.contains(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The province an address starts with ({@code 广东省深圳市…}, {@code 上海…}), if any.
   *
   * @param address an address or place as printed
   * @return the province named first, or empty when it starts with none
   */
  public static Optional<Province> atStartOf(String address) {
    for (Province p : values()) {
      if (p.isNamedAtStartOf(address)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
