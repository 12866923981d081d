package dev.telelicense.model;

import java.util.Objects;
import java.util.Optional;

/**
 * 行政区划 — a provincial-level region, a prefecture-level division (地级市, 自治州, 地区, 盟) or a
 * county-level city (县级市), by its GB/T 2260 code, as {@link Places} knows it.
 *
 * @param code the division code: two digits for a province, four for a prefecture, six for a
 *     county-level city ({@code 320583} 昆山市)
 * @param name the full name, e.g. {@code 延边朝鲜族自治州}
 * @param kind what level of division it is
 * @param parentCode the code of the division it lies in (the province of a prefecture); empty for a
 *     province
 */
public record Place(String code, String name, Kind kind, Optional<String> parentCode) {

  /** The level of a division. */
  public enum Kind {
    /** 省级行政区 — a province, autonomous region or municipality (直辖市). */
    PROVINCE,
    /**
     * 地级行政区 — a prefecture-level city, 自治州, 地区 or 盟, or a county-level city its province
     * administers directly (济源市), which stands where a prefecture would.
     */
    PREFECTURE,
    /** 县级市 — a county-level city under a prefecture, e.g. 昆山市 under 苏州市. */
    COUNTY_CITY
  }

  /**
   * A division.
   *
   * @param code the division code
   * @param name the full name
   * @param kind the level
   * @param parentCode the enclosing division's code, empty for a province
   */
  public Place {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parentCode, "parentCode");
  }

  /**
   * The province the place lies in, by the first two digits of its code.
   *
   * @return the province; a province is its own
   */
  public String provinceCode() {
    return code.substring(0, 2);
  }

  @Override
  public String toString() {
    return name;
  }
}
