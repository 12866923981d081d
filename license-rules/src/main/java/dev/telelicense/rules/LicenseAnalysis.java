package dev.telelicense.rules;

import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 许可证分析 — what the built-in rules need that depends on the licence alone, worked out once: every
 * provision and item as an {@link Entry} (its citation, the {@link Clause}s it states, the services
 * that must be granted and operated for it to bind), the appendix's domains and the B21 coverage.
 * Immutable and thread-safe; {@link PreparedRulebook} holds one per licence.
 */
final class LicenseAnalysis {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  /**
   * One provision or item as the rules read it.
   *
   * @param provision the provision or item
   * @param citation as {@link License#citationOf} gives it: {@code 十二}, {@code 十五（八）}
   * @param clauses the obligations its own text states
   * @param scopes what must be granted and operated for it to bind: the scope printed on the item,
   *     then the service of its provision's heading
   * @param attestationKey the citation an attestation of it is found by, when only an attestation can
   *     show it (no clause, and not a provision that only heads items)
   */
  record Entry(Provision provision, String citation, Set<Clause> clauses, List<Scope> scopes,
      Optional<String> attestationKey) {}

  /**
   * A service an entry is about, as the finding names it (printed, or the catalogue name), and
   * whether the licence grants it.
   */
  record Scope(TelecomService service, String printed, boolean granted) {}

  private final License license;
  private final List<Entry> entries = new ArrayList<>();
  /** Citation → rank (from 1) of the first entry bearing it, for putting findings in licence order. */
  private final Map<String, Integer> ranks = new HashMap<>();
  /**
   * Every service an entry is scoped by → whether the licence grants it, asked once per service:
   * a licence's items share two or three services, and each answer walks the catalogue.
   */
  private final Map<TelecomService, Boolean> granted = new HashMap<>();
  /**
   * Each provision heading items → the service its heading names, read once however many items. By
   * identity: two provisions of equal text are still two places in the licence.
   */
  private final IdentityHashMap<Provision, Optional<TelecomService>> headings = new IdentityHashMap<>();
  private final List<String> domains = new ArrayList<>();
  private final Coverage b21Coverage;
  private final Scope b21;

  LicenseAnalysis(License license) {
    this.license = license;
    for (Provision p : license.provisions()) {
      add(p);
      p.items().forEach(this::add);
    }
    for (Grant g : license.grants()) {
      for (Website w : g.websites()) {
        w.domains().forEach(d -> domains.add(d.toLowerCase(Locale.ROOT)));
      }
    }
    this.b21Coverage = Coverage.ofB21(license);
    this.b21 = scope(B21.SERVICE, B21.PRINTED);
  }

  private void add(Provision entry) {
    Optional<Provision> holder = license.provisionContaining(entry);
    // License.citationOf, given the holder found once.
    String citation = holder.map(h -> h.label() + entry.label()).orElse(entry.label());
    ranks.putIfAbsent(citation, entries.size() + 1);
    String text = Clause.normalize(entry.text());
    Set<Clause> clauses = EnumSet.noneOf(Clause.class);
    for (Clause c : Clause.values()) {
      if (c.isIn(text)) {
        clauses.add(c);
      }
    }
    List<Scope> scopes = new ArrayList<>(2);
    if (holder.isPresent()) {
      entry.appliesTo().ifPresent(printed ->
          CATALOG.find(printed).ifPresent(s -> scopes.add(scope(s, printed))));
      headings.computeIfAbsent(holder.get(), Clause::serviceOfHeading)
          .ifPresent(s -> scopes.add(scope(s, s.name())));
    }
    boolean attestable = (holder.isPresent() || entry.items().isEmpty()) && clauses.isEmpty();
    entries.add(new Entry(entry, citation, clauses, List.copyOf(scopes),
        attestable ? Optional.of(AttestationRule.normalize(citation)) : Optional.empty()));
  }

  private Scope scope(TelecomService service, String printed) {
    return new Scope(service, printed, granted.computeIfAbsent(service, this::grants));
  }

  /** Every service some entry (or the B21 items) is scoped by. */
  Set<TelecomService> scopeServices() {
    return Collections.unmodifiableSet(granted.keySet());
  }

  License license() {
    return license;
  }

  /** The licence number, canonical form. */
  String number() {
    return license.number().toString();
  }

  /** Whether some grant of the licence allows {@code service}. */
  boolean grants(TelecomService service) {
    return license.grants().stream().anyMatch(g -> g.allows(service, CATALOG));
  }

  /** Whether {@code host} is an appendix domain or a subdomain of one, ignoring case. */
  boolean lists(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return domains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
  }

  /** Where the licence's B21 service may be run. */
  Coverage b21Coverage() {
    return b21Coverage;
  }

  /** The B21 service, which the data and facilities items are about. */
  Scope b21() {
    return b21;
  }

  /** Every provision, each followed by its items: the licence's reading order. */
  List<Entry> entries() {
    return entries;
  }

  /** The entries stating {@code clause}, in licence order. */
  List<Entry> stating(Clause clause) {
    return entries.stream().filter(e -> e.clauses().contains(clause)).toList();
  }

  /**
   * {@code findings} ordered by the provision they cite as it stands in the licence: none first,
   * citations the licence does not have last, ties in the given order.
   */
  List<Finding> inLicenceOrder(List<Finding> findings) {
    int last = entries.size() + 1;
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(f -> f.provision().map(c -> ranks.getOrDefault(c, last)).orElse(0)));
    return sorted;
  }
}
