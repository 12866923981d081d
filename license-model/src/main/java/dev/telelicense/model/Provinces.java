package dev.telelicense.model;

import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The province of a one-character prefix (abbreviation or alias), by binary search over a sorted
 * string: {@link NumberFinder} asks at every CJK character of a page, and {@link Province#ofAbbreviation}
 * (a scan of the enum, a string per call) made that the larger part of finding.
 */
final class Provinces {
  /** Every abbreviation and alias, sorted; {@link #PROVINCES} in the same order. */
  private static final String KEYS;
  private static final List<Province> PROVINCES;

  static {
    TreeMap<Character, Province> byChar = new TreeMap<>();
    for (Province p : Province.values()) {
      byChar.put(p.abbreviation().charAt(0), p);
      p.aliases().forEach(a -> byChar.put(a.charAt(0), p));
    }
    StringBuilder keys = new StringBuilder();
    byChar.keySet().forEach(keys::append);
    KEYS = keys.toString();
    PROVINCES = List.copyOf(byChar.values());
  }

  private Provinces() {}

  /** The province {@code c} abbreviates, or null. */
  @Nullable
  static Province of(char c) {
    int low = 0;
    int high = KEYS.length() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      char k = KEYS.charAt(mid);
      if (k < c) {
        low = mid + 1;
      } else if (k > c) {
        high = mid - 1;
      } else {
        return PROVINCES.get(mid);
      }
    }
    return null;
  }
}
