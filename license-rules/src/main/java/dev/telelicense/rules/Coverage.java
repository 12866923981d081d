package dev.telelicense.rules;

import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Place;
import dev.telelicense.model.Places;
import dev.telelicense.model.Province;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 业务覆盖范围 — where a service may be run, as printed on its grants: {@code 全国}, provinces
 * ({@code 江苏省}), cities and prefectures ({@code 延边朝鲜族自治州}). Read strictly: a region that names
 * no known place makes the whole coverage unreadable, never narrower or wider than printed.
 * {@code named} is how findings name the area: the printed regions, or the licence's region.
 *
 * @param nationwide whether 全国 is printed (or the licence is MIIT's and prints no coverage)
 * @param places the places covered
 * @param unreadable the first printed region that is no known place, or null
 * @param named the area as findings name it
 */
record Coverage(boolean nationwide, List<Place> places, @Nullable String unreadable, String named) {
  private static final Places PLACES = Places.standard();
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  /** Where a facility stands relative to the coverage. */
  enum Where {
    INSIDE,
    OUTSIDE,
    /** The location names a province that holds covered cities, but not the city. */
    UNDECIDED
  }

  /**
   * Where the licence's {@code service} may be run: the coverage printed on the grants of it (or of an
   * item of it, or of what it is an item of), in licence order; without one, the licence's region
   * (anywhere for 全国).
   */
  static Coverage of(License license, TelecomService service) {
    List<String> printed = new ArrayList<>();
    for (Grant g : license.grants()) {
      Optional<TelecomService> granted = g.granted();
      if (granted.isPresent() && (CATALOG.contains(service, granted.get())
          || CATALOG.contains(granted.get(), service))) {
        printed.addAll(g.coverage());
      }
    }
    if (!printed.isEmpty()) {
      return of(printed);
    }
    Optional<Province> province = license.number().province();
    List<Place> places = province.flatMap(p -> PLACES.named(p.fullName())).stream().toList();
    return new Coverage(province.isEmpty(), places, null, license.region());
  }

  /** The coverage these printed regions make. */
  static Coverage of(List<String> printed) {
    String named = String.join("、", printed);
    List<Place> places = new ArrayList<>();
    boolean nationwide = false;
    for (String region : printed) {
      if (region.strip().equals(Province.NATIONWIDE)) {
        nationwide = true;
        continue;
      }
      Optional<Place> p = PLACES.named(region);
      if (p.isEmpty()) {
        return new Coverage(false, List.of(), region, named);
      }
      places.add(p.get());
    }
    return new Coverage(nationwide, List.copyOf(places), null, named);
  }

  /** Where a facility at {@code location} (the place its address names) stands. */
  Where where(Place location) {
    if (nationwide || places.stream().anyMatch(p -> PLACES.contains(p, location))) {
      return Where.INSIDE;
    }
    // 江苏省 alone, against a coverage of 苏州市: the address does not say which city.
    return places.stream().anyMatch(p -> PLACES.contains(location, p)) ? Where.UNDECIDED : Where.OUTSIDE;
  }
}
