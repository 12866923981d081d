package dev.telelicense.rules;

import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * 许可证分析 — everything the built-in rules need that depends on the licence alone, worked out once:
 * which provisions and items state which {@link Clause}, their citations ({@code 十二},
 * {@code 十五（八）}), what may make each item not apply (the service printed on it, the service of its
 * heading, and whether the licence grants those), the items only an attestation can show, and the
 * order findings are reported in. Each text is read once for every clause phrase
 * ({@link PhraseScanner}); the few provisions heading an item list are read once more, for the
 * service they name. Immutable and thread-safe; {@link PreparedRulebook} holds one per licence.
 */
final class LicenseAnalysis {
  private final License license;
  private final String number;
  private final ResolvedGrant[] grants;
  /** Every provision, each followed by its items (the licence's reading order); indexed below. */
  private final Provision[] entries;
  private final String[] citations;
  /** Per entry: what may make it not apply, in the order asked; {@code null} when nothing can. */
  private final ScopeCheck[][] scopeChecks;
  /** Per clause ordinal: the entries stating it, in licence order. */
  private final int[][] byClause;
  /** The entries no other built-in rule judges, which an attestation shows. */
  private final int[] attestable;
  /** Per entry: its citation as attestations are matched ({@link AttestationRule#normalize}). */
  private final String[] attestationKeys;
  private final List<TelecomService> scopeServices = new ArrayList<>();
  /** Per scope service: it and its ancestors, for telling whether an operated service lies within. */
  private final List<List<TelecomService>> scopeAncestors = new ArrayList<>();
  /** Per scope service: whether the licence grants it (asked once, however many items it scopes). */
  private final List<Boolean> scopeGranted = new ArrayList<>();
  private final ScopeCheck b21;
  /** Citation → rank in the licence, for the report's order; unknown citations rank {@code last}. */
  private final Map<String, Integer> positions;
  private final int last;
  /** The appendix's domains, lower-case, each once per grant that lists it. */
  private final String[] domains;

  // The constructor only calls one small method per step: as one method of several hot loops it was
  // too big for the JIT to compile well, and a from-scratch evaluation ran several times slower.
  LicenseAnalysis(License license) {
    this.license = license;
    this.number = license.number().toString();
    this.grants = resolvedGrants(license);
    this.domains = lowerCaseDomains(license);
    this.entries = Clause.provisionsAndItems(license).toArray(new Provision[0]);
    Provision[] holders = holders(license, entries);
    this.citations = citations(entries, holders);
    this.positions = positions(citations);
    this.last = entries.length + 1;
    Map<Provision, TelecomService> headings = new IdentityHashMap<>();
    int[] clauses = read(entries, headings);
    this.byClause = entriesStating(clauses);
    this.scopeChecks = new ScopeCheck[entries.length][];
    for (int i = 0; i < entries.length; i++) {
      if (holders[i] != null) {
        scopeChecks[i] = checksOf(entries[i], holders[i], headings);
      }
    }
    this.attestationKeys = attestationKeys(entries, holders, clauses, citations);
    this.attestable = attestable(attestationKeys);
    this.b21 = check(B21.SERVICE, B21.PRINTED);
  }

  private static ResolvedGrant[] resolvedGrants(License license) {
    List<Grant> printed = license.grants();
    ResolvedGrant[] resolved = new ResolvedGrant[printed.size()];
    for (int i = 0; i < resolved.length; i++) {
      resolved[i] = new ResolvedGrant(printed.get(i));
    }
    return resolved;
  }

  private static String[] lowerCaseDomains(License license) {
    List<String> lower = new ArrayList<>();
    for (Grant g : license.grants()) {
      for (Website w : g.websites()) {
        for (String d : w.domains()) {
          lower.add(d.toLowerCase(Locale.ROOT));
        }
      }
    }
    return lower.toArray(new String[0]);
  }

  /** {@link License#citationOf} of each entry, given its holder. */
  private static String[] citations(Provision[] entries, Provision[] holders) {
    String[] citations = new String[entries.length];
    for (int i = 0; i < entries.length; i++) {
      Provision p = entries[i];
      citations[i] = holders[i] == null ? p.label() : holders[i].label() + p.label();
    }
    return citations;
  }

  /** Citation → rank (from 1) of its first entry. */
  private static Map<String, Integer> positions(String[] citations) {
    Map<String, Integer> positions = new HashMap<>(2 * citations.length);
    for (int i = 0; i < citations.length; i++) {
      positions.putIfAbsent(citations[i], i + 1);
    }
    return positions;
  }

  /** Per clause ordinal, the entries whose clause bits include it, in licence order. */
  private static int[][] entriesStating(int[] clauses) {
    int[][] stating = new int[Clause.values().length][];
    for (int c = 0; c < stating.length; c++) {
      int count = 0;
      for (int bits : clauses) {
        count += (bits >>> c) & 1;
      }
      stating[c] = new int[count];
      count = 0;
      for (int i = 0; i < clauses.length; i++) {
        if ((clauses[i] & (1 << c)) != 0) {
          stating[c][count++] = i;
        }
      }
    }
    return stating;
  }

  /**
   * Per entry, the key an attestation of it is found by; {@code null} for entries another rule
   * judges (they state a clause) and for provisions that only head a list of items.
   */
  private static String[] attestationKeys(Provision[] entries, Provision[] holders, int[] clauses,
      String[] citations) {
    String[] keys = new String[entries.length];
    for (int i = 0; i < entries.length; i++) {
      if ((holders[i] != null || entries[i].items().isEmpty()) && clauses[i] == 0) {
        keys[i] = AttestationRule.normalize(citations[i]);
      }
    }
    return keys;
  }

  private static int[] attestable(String[] attestationKeys) {
    int count = 0;
    for (String k : attestationKeys) {
      count += k == null ? 0 : 1;
    }
    int[] open = new int[count];
    count = 0;
    for (int i = 0; i < attestationKeys.length; i++) {
      if (attestationKeys[i] != null) {
        open[count++] = i;
      }
    }
    return open;
  }

  /**
   * Reads every text once: the clauses each entry states (bit per ordinal, returned), and the
   * service of each provision that has items into {@code headings}. One buffer serves all texts.
   */
  private static int[] read(Provision[] entries, Map<Provision, TelecomService> headings) {
    int[] clauses = new int[entries.length];
    char[] buffer = new char[512];
    for (int i = 0; i < entries.length; i++) {
      String text = entries[i].text();
      buffer = PhraseScanner.bufferFor(text, buffer);
      clauses[i] = Phrases.clausesIn(Phrases.scan(text, buffer));
      if (!entries[i].items().isEmpty()) {
        headings.put(entries[i], Phrases.headingService(text, buffer));
      }
    }
    return clauses;
  }

  /** The printed scope, then the heading's service: as the rules have always asked. */
  private ScopeCheck[] checksOf(Provision item, Provision parent, Map<Provision, TelecomService> headings) {
    List<ScopeCheck> checks = new ArrayList<>(2);
    if (item.appliesTo().isPresent()) {
      String printed = item.appliesTo().get();
      TelecomService scoped = Catalog.find(printed);
      if (scoped != null) {
        checks.add(check(scoped, printed));
      }
    }
    // The parent always has items, so its heading was read with the texts.
    TelecomService about = headings.get(parent);
    if (about != null) {
      checks.add(check(about, about.name()));
    }
    return checks.toArray(new ScopeCheck[0]);
  }

  private ScopeCheck check(TelecomService service, String printed) {
    int index = scopeServices.indexOf(service);
    if (index < 0) {
      index = scopeServices.size();
      scopeServices.add(service);
      scopeGranted.add(grants(service));
      scopeAncestors.add(Catalog.selfAndAncestors(service));
    }
    return new ScopeCheck(index, printed, scopeGranted.get(index));
  }

  /**
   * Per entry, {@link License#provisionContaining}: the first provision holding it or an item equal
   * to it ({@code null} for none). That compares by value, so an item equal to an earlier
   * provision's item is cited under that provision. Only items with the same label and text length
   * can be equal, and an {@code int} per item tells those apart without hashing whole provisions.
   */
  private static Provision[] holders(License license, Provision[] entries) {
    List<Provision> items = new ArrayList<>(entries.length);
    List<Provision> holding = new ArrayList<>(entries.length);
    for (Provision p : license.provisions()) {
      for (Provision i : p.items()) {
        items.add(i);
        holding.add(p);
      }
    }
    int[] keys = new int[items.size()];
    for (int j = 0; j < keys.length; j++) {
      keys[j] = key(items.get(j));
    }
    Provision[] holders = new Provision[entries.length];
    for (int e = 0; e < entries.length; e++) {
      int key = key(entries[e]);
      for (int j = 0; j < keys.length; j++) {
        if (keys[j] == key && (items.get(j) == entries[e] || items.get(j).equals(entries[e]))) {
          holders[e] = holding.get(j);
          break;
        }
      }
    }
    return holders;
  }

  private static int key(Provision p) {
    return 31 * p.label().hashCode() + p.text().length();
  }

  License license() {
    return license;
  }

  /** The licence number, canonical form. */
  String number() {
    return number;
  }

  /** {@link License#grants}: some grant allows {@code entry}. */
  boolean grants(TelecomService entry) {
    for (ResolvedGrant g : grants) {
      if (g.allows(entry)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code host} is an appendix domain or a subdomain of one, ignoring case. */
  boolean lists(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String d : domains) {
      if (h.endsWith(d) && (h.length() == d.length() || h.charAt(h.length() - d.length() - 1) == '.')) {
        return true;
      }
    }
    return false;
  }

  /** How many services the scope checks ask about; an evaluation looks each up once. */
  int scopeServiceCount() {
    return scopeServices.size();
  }

  /** Scope service {@code index}. */
  TelecomService scopeService(int index) {
    return scopeServices.get(index);
  }

  /** Scope service {@code index} and its ancestors. */
  List<TelecomService> scopeAncestors(int index) {
    return scopeAncestors.get(index);
  }

  Provision provision(int entry) {
    return entries[entry];
  }

  /** {@link License#citationOf} of an entry. */
  String citation(int entry) {
    return citations[entry];
  }

  /** The entries stating {@code clause}, in licence order. Do not modify. */
  int[] stating(Clause clause) {
    return byClause[clause.ordinal()];
  }

  /** The entries only an attestation shows. Do not modify. */
  int[] attestable() {
    return attestable;
  }

  String attestationKey(int entry) {
    return attestationKeys[entry];
  }

  /** Why an entry does not bind this licensee, in {@code lang}; {@code null} when it does. */
  @Nullable
  String whyNotApplicable(int entry, Evaluation ev, Language lang) {
    ScopeCheck[] checks = scopeChecks[entry];
    if (checks == null) {
      return null;
    }
    for (ScopeCheck c : checks) {
      String why = c.whyNot(ev, lang);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  /** Why the B21 items do not apply: no B21 grant, or B21 not operated; {@code null} when they do. */
  @Nullable
  String whyB21NotApplicable(Evaluation ev, Language lang) {
    return b21.whyNot(ev, lang);
  }

  /**
   * {@code findings} ordered by the provision they cite as it stands in the licence: none first,
   * unknown citations last, ties in the given order (a stable counting sort).
   */
  List<Finding> inLicenceOrder(List<Finding> findings) {
    int size = findings.size();
    int[] keys = new int[size];
    int[] starts = new int[last + 2];
    for (int i = 0; i < size; i++) {
      String cited = findings.get(i).provision().orElse(null);
      int key = cited == null ? 0 : positions.getOrDefault(cited, last);
      keys[i] = key;
      starts[key + 1]++;
    }
    for (int k = 1; k < starts.length; k++) {
      starts[k] += starts[k - 1];
    }
    Finding[] sorted = new Finding[size];
    for (int i = 0; i < size; i++) {
      sorted[starts[keys[i]]++] = findings.get(i);
    }
    return Arrays.asList(sorted);
  }
}
