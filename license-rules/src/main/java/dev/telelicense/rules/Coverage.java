package dev.telelicense.rules;

import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Province;
import dev.telelicense.model.ServiceCatalog;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 业务覆盖范围 — where a grant's service may be run, as printed on the grant: {@code 全国}, one province
 * ({@code 江苏省}) or a list ({@code 北京、上海和广东}). Read strictly: an item that names no province by its
 * full or short name makes the whole coverage unreadable, never narrower or wider than printed.
 * {@code named} is how findings name the area: the printed text, or the licence's region.
 */
record Coverage(boolean nationwide, Set<Province> provinces, @Nullable String unreadable, String named) {
  /** What separates the items of a list. */
  private static final String SEPARATORS = "、，,；; 和及\u3000";

  /**
   * Where the licence's B21 service may be run: the coverage printed on its B21 grants (or grants of a
   * B21 item), joined in licence order; without one, the licence's region (any province for 全国).
   */
  static Coverage ofB21(License license) {
    StringBuilder printed = new StringBuilder();
    for (Grant g : license.grants()) {
      if (g.coverage().isPresent() && g.service().isPresent()
          && ServiceCatalog.standard().contains(B21.SERVICE, g.service().get())) {
        printed.append(printed.length() == 0 ? "" : "、").append(g.coverage().get());
      }
    }
    if (printed.length() > 0) {
      return of(printed.toString());
    }
    Optional<Province> province = license.number().province();
    return new Coverage(province.isEmpty(), province.map(Set::of).orElse(Set.of()), null, license.region());
  }

  static Coverage of(String printed) {
    Set<Province> provinces = EnumSet.noneOf(Province.class);
    boolean nationwide = false;
    int start = 0;
    for (int i = 0; i <= printed.length(); i++) {
      if (i < printed.length() && SEPARATORS.indexOf(printed.charAt(i)) < 0) {
        continue;
      }
      String item = printed.substring(start, i);
      start = i + 1;
      if (item.isEmpty()) {
        continue;
      }
      if (item.equals(Province.NATIONWIDE)) {
        nationwide = true;
        continue;
      }
      Province p = named(item);
      if (p == null) {
        return new Coverage(false, Set.of(), item, printed);
      }
      provinces.add(p);
    }
    if (!nationwide && provinces.isEmpty()) {
      return new Coverage(false, Set.of(), printed, printed);
    }
    return new Coverage(nationwide, Collections.unmodifiableSet(provinces), null, printed);
  }

  @Nullable
  private static Province named(String item) {
    for (Province p : Province.values()) {
      if (item.equals(p.fullName()) || item.equals(p.shortName())) {
        return p;
      }
    }
    return null;
  }

  /** Whether a facility in {@code province} lies within this coverage. */
  boolean includes(Province province) {
    return nationwide || provinces.contains(province);
  }
}
