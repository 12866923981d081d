package dev.telelicense.rules;

import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
  private static final int[] NONE = {};
  private static final ScopeCheck[] NO_CHECKS = {};

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
  /** Per scope service: its {@link Catalog#lineage} ({@code null} for none), looked up once. */
  private final List<Lineage> scopeLineages = new ArrayList<>();
  /** Per scope service: whether the licence grants it (asked once, however many items it scopes). */
  private final List<Boolean> scopeGranted = new ArrayList<>();
  /** Every scope check made, each (service, printed name) once: their messages are built once. */
  private final List<ScopeCheck> checks = new ArrayList<>();
  private final ScopeCheck b21;
  /** Citation → rank in the licence, for the report's order; unknown citations rank {@code last}. */
  private final CitationRanks positions;
  private final int last;
  /** The appendix's domains, lower-case, each once per grant that lists it. */
  private final String[] domains;
  /** Where B21 facilities may stand ({@link Coverage#ofB21}). */
  private final Coverage b21Coverage;

  // The constructor only calls one small method per step: as one method of several hot loops it was
  // too big for the JIT to compile well, and a from-scratch evaluation ran several times slower.
  LicenseAnalysis(License license) {
    this.license = license;
    this.number = license.number().toString();
    this.grants = resolvedGrants(license);
    this.domains = lowerCaseDomains(license);
    this.b21Coverage = Coverage.ofB21(license);
    this.entries = Clause.provisionsAndItems(license).toArray(new Provision[0]);
    int[] holders = holders(license, entries);
    this.citations = citations(entries, holders);
    this.positions = new CitationRanks(citations);
    this.last = entries.length + 1;
    TelecomService[] headings = new TelecomService[entries.length];
    int[] clauses = read(entries, headings);
    this.byClause = entriesStating(clauses);
    this.scopeChecks = new ScopeCheck[entries.length][];
    for (int i = 0; i < entries.length; i++) {
      if (holders[i] >= 0) {
        scopeChecks[i] = checksOf(entries[i], headings[holders[i]]);
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

  /** {@link License#citationOf} of each entry, given its holder's index. */
  private static String[] citations(Provision[] entries, int[] holders) {
    String[] citations = new String[entries.length];
    for (int i = 0; i < entries.length; i++) {
      Provision p = entries[i];
      citations[i] = holders[i] < 0 ? p.label() : entries[holders[i]].label() + p.label();
    }
    return citations;
  }

  /** Per clause ordinal, the entries whose clause bits include it, in licence order. */
  private static int[][] entriesStating(int[] clauses) {
    int kinds = Clause.values().length;
    int[] counts = new int[kinds];
    for (int bits : clauses) {
      for (int b = bits; b != 0; b &= b - 1) {
        counts[Integer.numberOfTrailingZeros(b)]++;
      }
    }
    int[][] stating = new int[kinds][];
    for (int c = 0; c < kinds; c++) {
      stating[c] = counts[c] == 0 ? NONE : new int[counts[c]];
      counts[c] = 0;
    }
    // Most entries state no clause: only their bits are walked.
    for (int i = 0; i < clauses.length; i++) {
      for (int b = clauses[i]; b != 0; b &= b - 1) {
        int c = Integer.numberOfTrailingZeros(b);
        stating[c][counts[c]++] = i;
      }
    }
    return stating;
  }

  /**
   * Per entry, the key an attestation of it is found by; {@code null} for entries another rule
   * judges (they state a clause) and for provisions that only head a list of items.
   */
  private static String[] attestationKeys(Provision[] entries, int[] holders, int[] clauses,
      String[] citations) {
    String[] keys = new String[entries.length];
    for (int i = 0; i < entries.length; i++) {
      if ((holders[i] >= 0 || entries[i].items().isEmpty()) && clauses[i] == 0) {
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
  private static int[] read(Provision[] entries, TelecomService[] headings) {
    int[] clauses = new int[entries.length];
    char[] buffer = new char[512];
    for (int i = 0; i < entries.length; i++) {
      String text = entries[i].text();
      buffer = PhraseScanner.bufferFor(text, buffer);
      clauses[i] = Phrases.clausesIn(Phrases.scan(text, buffer));
      if (!entries[i].items().isEmpty()) {
        headings[i] = Phrases.headingService(text, buffer);
      }
    }
    return clauses;
  }

  /**
   * The printed scope, then the service of the heading ({@code about}, {@code null} for none): as the
   * rules have always asked.
   */
  private ScopeCheck[] checksOf(Provision item, @Nullable TelecomService about) {
    ScopeCheck printed = null;
    if (item.appliesTo().isPresent()) {
      String scope = item.appliesTo().get();
      TelecomService scoped = Catalog.find(scope);
      printed = scoped == null ? null : check(scoped, scope);
    }
    ScopeCheck heading = about == null ? null : check(about, about.name());
    return printed == null ? (heading == null ? NO_CHECKS : new ScopeCheck[] {heading})
        : heading == null ? new ScopeCheck[] {printed} : new ScopeCheck[] {printed, heading};
  }

  /** The check of {@code service} named as {@code printed}: one per pair, however many items ask. */
  private ScopeCheck check(TelecomService service, String printed) {
    int index = scopeServices.indexOf(service);
    if (index < 0) {
      index = scopeServices.size();
      scopeServices.add(service);
      scopeGranted.add(grants(service));
      scopeLineages.add(Catalog.lineage(service));
    }
    for (ScopeCheck c : checks) {
      if (c.isAbout(index, printed)) {
        return c;
      }
    }
    ScopeCheck c = new ScopeCheck(index, printed, scopeGranted.get(index));
    checks.add(c);
    return c;
  }

  /**
   * Per entry, the index of {@link License#provisionContaining}: the first provision holding it or an
   * item equal to it ({@code -1} for none). That compares by value, so an item equal to an earlier
   * provision's item is cited under that provision. Only items with the same label and text length
   * can be equal, and an {@code int} per item tells those apart without hashing whole provisions.
   */
  private static int[] holders(License license, Provision[] entries) {
    int[] items = new int[entries.length]; // the entries that are items, in licence order
    int[] parents = new int[entries.length]; // per entry: the index of its provision, -1 for none
    int[] keys = new int[entries.length];
    int count = 0;
    int e = 0;
    for (Provision p : license.provisions()) {
      int at = e;
      parents[e++] = -1;
      for (int k = p.items().size(); k > 0; k--, e++) {
        parents[e] = at;
        keys[e] = key(entries[e]);
        items[count++] = e;
      }
    }
    int[] holders = new int[entries.length];
    for (int i = 0; i < entries.length; i++) {
      int key = parents[i] < 0 ? key(entries[i]) : keys[i];
      holders[i] = -1;
      // An item meets itself at the latest; a provision is compared with every item.
      for (int j = 0; j < count; j++) {
        int item = items[j];
        if (keys[item] == key && (item == i || entries[item].equals(entries[i]))) {
          holders[i] = parents[item];
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
    Lineage lineage = Catalog.lineage(entry);
    for (ResolvedGrant g : grants) {
      if (g.allows(entry, lineage)) {
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

  /** Where the licence's B21 service may be run. */
  Coverage b21Coverage() {
    return b21Coverage;
  }

  /** How many services the scope checks ask about; an evaluation looks each up once. */
  int scopeServiceCount() {
    return scopeServices.size();
  }

  /** Scope service {@code index}. */
  TelecomService scopeService(int index) {
    return scopeServices.get(index);
  }

  /** The lineage of scope service {@code index}; {@code null} when it has none. */
  @Nullable
  Lineage scopeLineage(int index) {
    return scopeLineages.get(index);
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
      int key = cited == null ? 0 : positions.rankOf(cited, last);
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
