package dev.telelicense.model;

import java.util.List;
import java.util.Optional;

/**
 * 省级行政区 — the 31 provincial-level regions of mainland China that issue licences, each with the
 * one-character abbreviation printed in licence numbers (京, 粤, …) and its communications
 * administration (通信管理局).
 */
public enum Province {
  BEIJING("京", "北京市", "北京"),
  TIANJIN("津", "天津市", "天津"),
  HEBEI("冀", "河北省", "河北"),
  SHANXI("晋", "山西省", "山西"),
  INNER_MONGOLIA("蒙", "内蒙古自治区", "内蒙古"),
  LIAONING("辽", "辽宁省", "辽宁"),
  JILIN("吉", "吉林省", "吉林"),
  HEILONGJIANG("黑", "黑龙江省", "黑龙江"),
  SHANGHAI("沪", "上海市", "上海"),
  JIANGSU("苏", "江苏省", "江苏"),
  ZHEJIANG("浙", "浙江省", "浙江"),
  ANHUI("皖", "安徽省", "安徽"),
  FUJIAN("闽", "福建省", "福建"),
  JIANGXI("赣", "江西省", "江西"),
  SHANDONG("鲁", "山东省", "山东"),
  HENAN("豫", "河南省", "河南"),
  HUBEI("鄂", "湖北省", "湖北"),
  HUNAN("湘", "湖南省", "湖南"),
  GUANGDONG("粤", "广东省", "广东"),
  GUANGXI("桂", "广西壮族自治区", "广西"),
  HAINAN("琼", "海南省", "海南"),
  CHONGQING("渝", "重庆市", "重庆"),
  SICHUAN("川", "四川省", "四川", "蜀"),
  GUIZHOU("黔", "贵州省", "贵州", "贵"),
  YUNNAN("滇", "云南省", "云南", "云"),
  TIBET("藏", "西藏自治区", "西藏"),
  SHAANXI("陕", "陕西省", "陕西", "秦"),
  GANSU("甘", "甘肃省", "甘肃", "陇"),
  QINGHAI("青", "青海省", "青海"),
  NINGXIA("宁", "宁夏回族自治区", "宁夏"),
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

  /** 简称 — canonical one-character abbreviation, e.g. {@code 川}. */
  public String abbreviation() {
    return abbreviation;
  }

  /** 全称 — e.g. {@code 北京市}, {@code 广西壮族自治区}. */
  public String fullName() {
    return fullName;
  }

  /** The name without its administrative suffix, as addresses often write it: {@code 北京}, {@code 广西}. */
  public String shortName() {
    return shortName;
  }

  /** Other abbreviations seen in numbers, e.g. {@code 蜀} for 四川. */
  public List<String> aliases() {
    return aliases;
  }

  /** 发证机关 — the issuing administration, e.g. {@code 北京市通信管理局}. */
  public String administration() {
    return fullName + "通信管理局";
  }

  /** Whether an address such as {@code 北京市朝阳区…} names this province at its start. */
  public boolean isNamedAtStartOf(String address) {
    String a = address.strip();
    return a.startsWith(fullName) || a.startsWith(shortName);
  }

  /** The province whose canonical abbreviation or alias is {@code text}. */
  public static Optional<Province> ofAbbreviation(String text) {
    for (Province p : values()) {
      if (p.abbreviation.equals(text) || p.aliases.contains(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The province an address starts with ({@code 广东省深圳市…}, {@code 上海…}), if any. */
  public static Optional<Province> atStartOf(String address) {
    for (Province p : values()) {
      if (p.isNamedAtStartOf(address)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
