package dev.telelicense.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * English names of the service catalogue's entries ({@code B25} is {@code information services}) and
 * of the terms licences print in limits and exclusions ({@code 互联网信息服务}), for readers without
 * Chinese. The names are data ({@code english-names.tsv}); what has no English name is given as
 * printed, never guessed.
 */
public final class EnglishNames {
  private static final Map<String, String> SERVICES = new HashMap<>();
  private static final Map<String, String> TERMS = new HashMap<>();
  private static final Map<String, String> LIMITS = new HashMap<>();

  static {
    load("english-names.tsv");
  }

  private EnglishNames() {}

  /**
   * The English name of a catalogue entry.
   *
   * @param service a service, category or named item of the catalogue
   * @return e.g. {@code information services}; empty for an entry this table does not name
   */
  public static Optional<String> of(TelecomService service) {
    return Optional.ofNullable(SERVICES.get(service.key()));
  }

  /**
   * A catalogue entry as an English reader sees it: the code, if any, and the English name.
   *
   * @param service a catalogue entry
   * @return {@code B25 information services}, {@code search services}, or the code and the Chinese
   *     name where no English name is known
   */
  public static String label(TelecomService service) {
    String name = of(service).orElse(service.name());
    return service.code().map(c -> c + " " + name).orElse(name);
  }

  /**
   * The English for a term printed in a grant: a catalogue entry's name or alias, or a limit such as
   * {@code 互联网信息服务}.
   *
   * @param printed the term as printed
   * @return its English name, or empty when none is known
   */
  public static Optional<String> term(String printed) {
    String t = printed.strip();
    Optional<TelecomService> entry = ServiceCatalog.standard().find(t);
    if (entry.isPresent() && SERVICES.containsKey(entry.get().key())) {
      return Optional.of(SERVICES.get(entry.get().key()));
    }
    return Optional.ofNullable(TERMS.get(t)).or(() -> province(t));
  }

  /**
   * A grant in English: {@code B25 information services, internet only, excluding search services and
   * instant messaging services}. Terms without an English name are given as printed.
   *
   * @param grant a granted service
   * @return the grant's service with its limits, exclusions, inclusions and coverage
   */
  public static String grant(Grant grant) {
    StringBuilder b = new StringBuilder(grant.service().map(EnglishNames::label)
        .orElse(grant.name()));
    grant.item().ifPresent(i -> b.append(" (").append(of(i).orElse(i.name())).append(')'));
    if (!grant.limitedTo().isEmpty()) {
      List<String> limits = new ArrayList<>();
      for (String l : grant.limitedTo()) {
        limits.add(Optional.ofNullable(LIMITS.get(l.strip())).or(() -> term(l)).orElse(l));
      }
      b.append(", ").append(joined(limits)).append(" only");
    }
    if (!grant.excluding().isEmpty()) {
      b.append(", excluding ").append(joined(terms(grant.excluding())));
    }
    if (!grant.including().isEmpty()) {
      b.append(", including ").append(joined(terms(grant.including())));
    }
    if (!grant.coverage().isEmpty()) {
      b.append(", coverage: ").append(coverage(String.join("、", grant.coverage())));
    }
    return b.toString();
  }

  /**
   * A printed coverage in English: {@code 全国} is {@code nationwide}, provinces by their English names
   * ({@code 北京、上海} is {@code Beijing, Shanghai}); other places as printed.
   *
   * @param printed the coverage as printed
   * @return the coverage in English
   */
  public static String coverage(String printed) {
    List<String> places = new ArrayList<>();
    for (String p : printed.split("[、，,；;\\s]+", -1)) {
      if (!p.isEmpty()) {
        places.add(term(p).orElse(p));
      }
    }
    return String.join(", ", places);
  }

  private static Optional<String> province(String name) {
    for (Province p : Province.values()) {
      if (p.fullName().equals(name) || p.shortName().equals(name)) {
        StringBuilder b = new StringBuilder();
        for (String word : p.name().split("_", -1)) {
          b.append(b.length() == 0 ? "" : " ").append(word.charAt(0))
              .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return Optional.of(b.toString());
      }
    }
    return Optional.empty();
  }

  private static List<String> terms(List<String> printed) {
    return printed.stream().map(t -> term(t).orElse(t)).toList();
  }

  private static String joined(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private static void load(String resource) {
    for (String[] f : DataFile.rows(EnglishNames.class, resource)) {
      if (f[0].equals("service")) {
        SERVICES.put(f[1], f[2]);
      } else {
        TERMS.put(f[1], f[2]);
        if (f.length > 3) {
          LIMITS.put(f[1], f[3]);
        }
      }
    }
  }
}
