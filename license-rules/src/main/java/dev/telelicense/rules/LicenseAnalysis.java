package dev.telelicense.rules;

import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import dev.telelicense.rules.provision.CatalogEntry;
import dev.telelicense.rules.provision.MatchedProvision;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 许可证分析 — what the built-in rules need that depends on the licence alone, worked out once: every
 * provision and item as an {@link Entry} (its citation, the catalogue obligations the
 * {@link ProvisionMatcher} matched it to, the services that must be granted and operated for it to
 * bind) and the appendix's domains. The rules find their provisions only through
 * that matching: the catalogue's {@code judged-by} names the rule of each obligation. Immutable and
 * thread-safe; {@link PreparedRulebook} holds one per licence.
 */
final class LicenseAnalysis {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  /**
   * One provision or item as the rules read it.
   *
   * @param provision the provision or item
   * @param citation as {@link License#citationOf} gives it: {@code 十二}, {@code 十五（八）}
   * @param obligations the catalogue entries its own text states (not its items'), in text order
   * @param scopes what must be granted and operated for it to bind: the scope printed on the item,
   *     then the service of its provision's heading
   * @param attestationKey the citation an attestation of it is found by, when only an attestation can
   *     show it (no obligation a built-in rule judges, and not a provision that only heads items)
   */
  record Entry(Provision provision, String citation, List<CatalogEntry> obligations, List<Scope> scopes,
      Optional<String> attestationKey) {

    /** The first obligation of this text that the rule {@code ruleId} judges, if any. */
    Optional<CatalogEntry> judgedBy(String ruleId) {
      return obligations.stream().filter(o -> o.judgedBy().contains(ruleId)).findFirst();
    }

    /**
     * The obligation a finding about this text names: the first one {@code ruleId} judges, else the
     * first the text states; empty for text the catalogue does not know.
     */
    Optional<CatalogEntry> obligationFor(String ruleId) {
      return judgedBy(ruleId).or(() -> obligations.stream().findFirst());
    }
  }

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
  private final List<String> domains = new ArrayList<>();
  private final Scope b21;

  LicenseAnalysis(License license) {
    this.license = license;
    for (MatchedProvision m : ProvisionMatcher.standard().match(license).all()) {
      add(m);
    }
    for (Grant g : license.grants()) {
      for (Website w : g.websites()) {
        w.domains().forEach(d -> domains.add(d.toLowerCase(Locale.ROOT)));
      }
    }
    this.b21 = scope(B21.SERVICE, B21.PRINTED);
  }

  private void add(MatchedProvision matched) {
    Provision entry = matched.provision();
    String citation = matched.citation();
    ranks.putIfAbsent(citation, entries.size() + 1);
    List<CatalogEntry> obligations = matched.entries();
    List<Scope> scopes = new ArrayList<>(2);
    if (matched.isItem()) {
      entry.appliesTo().ifPresent(printed ->
          CATALOG.find(printed).ifPresent(s -> scopes.add(scope(s, printed))));
      matched.section().ifPresent(s -> scopes.add(scope(s, s.name())));
    }
    boolean ruled = obligations.stream().anyMatch(LicenseAnalysis::judgedByRule);
    boolean attestable = (matched.isItem() || entry.items().isEmpty()) && !ruled;
    entries.add(new Entry(entry, citation, obligations, List.copyOf(scopes),
        attestable ? Optional.of(AttestationRule.normalize(citation)) : Optional.empty()));
  }

  /** Whether a built-in rule judges the obligation: neither an attestation nor no one does. */
  static boolean judgedByRule(CatalogEntry obligation) {
    return !obligation.isAttested() && !obligation.statesNoDuty();
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

  /** The B21 service, which the data and facilities items are about. */
  Scope b21() {
    return b21;
  }

  /** Every provision, each followed by its items: the licence's reading order. */
  List<Entry> entries() {
    return entries;
  }

  /** The entries stating an obligation the rule {@code ruleId} judges, in licence order. */
  List<Entry> judgedBy(String ruleId) {
    return entries.stream().filter(e -> e.judgedBy(ruleId).isPresent()).toList();
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
