package dev.telelicense.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 行政区划表 — the places a licence's coverage and a facility's address name: the 31 provincial-level
 * regions, every prefecture-level division and the county-level cities, from GB/T 2260 codes kept as
 * data ({@code places.tsv}, with its source in its header). Immutable and thread-safe.
 */
public final class Places {
  private static final Places STANDARD = load("places.tsv");

  private final List<Place> places;
  private final Map<String, Place> byCode = new HashMap<>();
  /** Full names, and the short names of provinces ({@code 上海}), which addresses write alone. */
  private final Map<String, Place> inText = new HashMap<>();
  /** What a coverage item may be: {@link #inText}, and a prefecture city without 市 ({@code 广州}). */
  private final Map<String, Place> byName = new HashMap<>();
  private final int longest;

  private Places(List<Place> places) {
    this.places = List.copyOf(places);
    int max = 0;
    for (Place p : places) {
      byCode.put(p.code(), p);
      inText.put(p.name(), p);
      max = Math.max(max, p.name().length());
    }
    for (Province p : Province.values()) {
      Place place = inText.get(p.fullName());
      if (place == null) {
        throw new IllegalStateException("no division for " + p.fullName());
      }
      inText.put(p.shortName(), place);
    }
    byName.putAll(inText);
    for (Place p : places) {
      String n = p.name();
      if (p.kind() == Place.Kind.PREFECTURE && n.endsWith("市") && n.length() > 2) {
        byName.putIfAbsent(n.substring(0, n.length() - 1), p);
      }
    }
    this.longest = max;
  }

  /**
   * The divisions of the 2023 statistical division codes.
   *
   * @return the standard table
   */
  public static Places standard() {
    return STANDARD;
  }

  /**
   * Every place, provinces first.
   *
   * @return the places in code order within each level
   */
  public List<Place> all() {
    return places;
  }

  /**
   * The place a coverage item names, whole: a full name ({@code 江苏省}, {@code 延边朝鲜族自治州}), a
   * province's short name ({@code 北京}), or a prefecture city's name without 市 ({@code 广州}).
   *
   * @param name one item of a coverage list, as printed
   * @return the place, or empty when the name is no place's
   */
  public Optional<Place> named(String name) {
    return Optional.ofNullable(byName.get(name.strip()));
  }

  /**
   * The places {@code text} names, left to right, each at its longest name
   * ({@code 广东省深圳市南山区…} names 广东省 and 深圳市). Only full names count, and the short names of
   * provinces: a city's short name is too often part of another word ({@code 北京市朝阳区} is not 朝阳市).
   *
   * @param text an address or any text
   * @return the places named, in order, repeats kept
   */
  public List<Place> in(String text) {
    List<Place> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Place match = null;
      int end = Math.min(text.length(), i + longest);
      for (int j = end; j > i + 1 && match == null; j--) {
        match = inText.get(text.substring(i, j));
        if (match != null) {
          found.add(match);
          i = j;
        }
      }
      if (match == null) {
        i++;
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Where an address is: the most precise place of the chain of places it starts its description
   * with, each inside the one before ({@code 江苏省苏州市昆山市…} is 昆山市). The chain stops at the first
   * place outside it, so that a street named after another place ({@code 上海市黄浦区山东中路}) does not
   * move the address there.
   *
   * @param address an address, e.g. {@code 上海市浦东新区张江路1号}
   * @return the place, or empty when the address names none
   */
  public Optional<Place> locate(String address) {
    Place at = null;
    for (Place p : in(address)) {
      if (at == null || contains(at, p)) {
        at = p;
      } else if (!contains(p, at)) {
        break; // 广东省深圳市 after 深圳市 adds nothing; another place ends the chain
      }
    }
    return Optional.ofNullable(at);
  }

  /**
   * The division {@code place} lies in.
   *
   * @param place a place of this table
   * @return its prefecture (for a county-level city) or province; empty for a province
   */
  public Optional<Place> parentOf(Place place) {
    return place.parentCode().map(byCode::get);
  }

  /**
   * Whether {@code inner} is {@code outer} or lies inside it (昆山市 in 苏州市 in 江苏省).
   *
   * @param outer a place
   * @param inner another
   * @return true when every point of {@code inner} is in {@code outer}
   */
  public boolean contains(Place outer, Place inner) {
    Optional<Place> p = Optional.of(inner);
    while (p.isPresent()) {
      if (p.get().equals(outer)) {
        return true;
      }
      p = parentOf(p.get());
    }
    return false;
  }

  /**
   * The province a place lies in.
   *
   * @param place a place
   * @return its provincial-level region
   */
  public Province provinceOf(Place place) {
    Place top = byCode.get(place.provinceCode());
    for (Province p : Province.values()) {
      if (p.fullName().equals(top.name())) {
        return p;
      }
    }
    throw new IllegalStateException("no province for " + place);
  }

  private static Places load(String resource) {
    List<Place> places = new ArrayList<>();
    for (String[] f : DataFile.rows(Places.class, resource)) {
      Place.Kind kind = Place.Kind.valueOf(f[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      places.add(new Place(f[0], f[1], kind, f[3].isEmpty() ? Optional.empty() : Optional.of(f[3])));
    }
    return new Places(places);
  }
}
