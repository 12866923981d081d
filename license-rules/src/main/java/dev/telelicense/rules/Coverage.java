package dev.telelicense.rules;

import dev.telelicense.model.Province;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * 业务覆盖范围 — where a grant's service may be run, as printed on the grant: {@code 全国}, one province
 * ({@code 江苏省}) or a list ({@code 北京、上海和广东}). Read strictly: an item that names no province by its
 * full or short name makes the whole coverage unreadable, never narrower or wider than printed.
 */
record Coverage(boolean nationwide, Set<Province> provinces, @Nullable String unreadable) {
  /** What separates the items of a list. */
  private static final String SEPARATORS = "、，,；; 和及\u3000";

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
        return new Coverage(false, Set.of(), item);
      }
      provinces.add(p);
    }
    if (!nationwide && provinces.isEmpty()) {
      return new Coverage(false, Set.of(), printed);
    }
    return new Coverage(nationwide, Collections.unmodifiableSet(provinces), null);
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
