package dev.telelicense.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 电信业务分类目录 — the telecom service catalogue, looked up by code, name, alias or 2003 name. The
 * entries are data ({@code service-catalog.tsv}), kept apart from code like libphonenumber's metadata.
 *
 * <p>The entries form a tree, with one crossing: an item under one of B25's networks
 * ({@code 移动网信息服务中的信息搜索查询服务}) lies under its network and under the B25 item of that name,
 * so that {@code 不含信息搜索查询服务} excludes it over every network.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceCatalog {
  /** Joins a network and an item in the key of an item offered over that network. */
  static final String OF = "中的";

  private static final ServiceCatalog STANDARD = load("service-catalog.tsv");

  private final List<TelecomService> entries;
  private final Map<String, TelecomService> byName;
  private final Map<String, TelecomService> byKey;
  /** B25's networks (互联网信息服务, 移动网信息服务, 固定网电话信息服务) and the items under them. */
  private final Set<TelecomService> byNetwork;

  private ServiceCatalog(List<TelecomService> entries) {
    this.entries = List.copyOf(entries);
    Map<String, TelecomService> keys = new HashMap<>();
    Map<String, TelecomService> names = new HashMap<>();
    Set<TelecomService> networks = new LinkedHashSet<>();
    for (TelecomService e : entries) {
      keys.put(e.key(), e);
    }
    for (TelecomService e : entries) {
      names.put(normalize(e.key()), e);
      Optional<TelecomService> network = e.parentCode().map(keys::get).filter(TelecomService::isItem);
      if (network.isPresent()) {
        // Under a network, an item answers to its own key and to the network's name before each of its
        // names; its bare name is the B25 item's.
        networks.add(network.get());
        networks.add(e);
        for (String name : names(e, e.name())) {
          names.put(normalize(network.get().name() + OF + name), e);
        }
        continue;
      }
      for (String name : names(e, e.name())) {
        names.put(normalize(name), e);
      }
    }
    this.byKey = Collections.unmodifiableMap(keys);
    this.byName = Collections.unmodifiableMap(names);
    this.byNetwork = Collections.unmodifiableSet(networks);
  }

  /** The names an item is known by: its own, and the aliases and former names of the entry {@code of}. */
  private List<String> names(TelecomService self, String name) {
    List<String> names = new ArrayList<>();
    names.add(name);
    TelecomService twin = self;
    for (TelecomService e : entries) {
      if (e.name().equals(name) && e.parentCode().equals(Optional.of("B25"))) {
        twin = e; // a network's item carries the aliases of the B25 item it repeats
      }
    }
    names.addAll(twin.aliases());
    names.addAll(twin.formerNames());
    if (self.code().isPresent() && twin == self) {
      names.add(self.code().get());
    }
    return names;
  }

  /**
   * The 2015 catalogue as amended in 2019.
   *
   * @return the standard catalogue
   */
  public static ServiceCatalog standard() {
    return STANDARD;
  }

  /**
   * Every entry, in the catalogue's order.
   *
   * @return categories first, items after their service
   */
  public List<TelecomService> entries() {
    return entries;
  }

  /**
   * The entry called {@code text}: a code ({@code B25}, {@code ｂ２５}), a name, an alias or a name of the
   * 2003 catalogue ({@code 因特网数据中心业务}). Full-width letters and parentheses, spaces and
   * {@code 及}/{@code 和} in item names are tolerated. A 2003 code is never read: {@code B14} is today's
   * B14.
   *
   * @param text a code or name as written
   * @return the entry, or empty when the catalogue has none of that name
   * @throws NullPointerException if {@code text} is null
   */
  public Optional<TelecomService> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(byName.get(normalize(text)));
  }

  /**
   * The entry with this code.
   *
   * @param code a catalogue code such as {@code B24} or {@code A11-4}
   * @return the entry, or empty when no entry has that code
   */
  public Optional<TelecomService> byCode(String code) {
    return find(code).filter(e -> e.code().isPresent());
  }

  /**
   * The entry {@code entry} belongs to, if any.
   *
   * @param entry a catalogue entry
   * @return its parent: B25 for a B25 item or network, the network for an item under it
   */
  public Optional<TelecomService> parentOf(TelecomService entry) {
    return entry.parentCode().map(byKey::get);
  }

  /**
   * The coded service an entry is or belongs to: {@code B24} for {@code 国内呼叫中心业务}.
   *
   * @param entry a catalogue entry
   * @return the entry itself when it has a code, else its nearest ancestor with one
   */
  public TelecomService serviceOf(TelecomService entry) {
    TelecomService e = entry;
    while (e.code().isEmpty()) {
      e = parentOf(e).orElseThrow();
    }
    return e;
  }

  /**
   * The named items and services directly under {@code entry}.
   *
   * @param entry a catalogue entry
   * @return its children in catalogue order: B25's five items and three networks
   */
  public List<TelecomService> childrenOf(TelecomService entry) {
    List<TelecomService> children = new ArrayList<>();
    for (TelecomService e : entries) {
      if (e.parentCode().equals(Optional.of(entry.key()))) {
        children.add(e);
      }
    }
    return children;
  }

  /**
   * Whether {@code inner} is {@code outer} or lies under it ({@code 信息搜索查询服务} under B25 under B2;
   * {@code 移动网信息服务中的信息搜索查询服务} under {@code 移动网信息服务} and under {@code 信息搜索查询服务}).
   *
   * @param outer a catalogue entry
   * @param inner another
   * @return true when every use of {@code inner} is a use of {@code outer}
   */
  public boolean contains(TelecomService outer, TelecomService inner) {
    Optional<TelecomService> e = Optional.of(inner);
    while (e.isPresent()) {
      TelecomService at = e.get();
      if (at.equals(outer) || (byNetwork.contains(at) && at.isItem() && !isNetwork(at)
          && find(at.name()).filter(outer::equals).isPresent())) {
        return true;
      }
      e = parentOf(at);
    }
    return false;
  }

  /**
   * The entries that say over which network a B25 service is offered and that lie under
   * {@code entry}: for B25 its networks and their items, for {@code 信息搜索查询服务} that item under each
   * network. A grant limited to 互联网信息服务 allows 信息搜索查询服务 because it allows one of these.
   *
   * @param entry a catalogue entry
   * @return the network entries inside it, none for an entry that is not B25 or under it
   */
  public List<TelecomService> byNetwork(TelecomService entry) {
    List<TelecomService> inside = new ArrayList<>();
    if (!serviceOf(entry).isCalled("B25")) {
      return inside; // B2 is not offered over a network: it holds services that are not
    }
    for (TelecomService e : byNetwork) {
      if (!e.equals(entry) && contains(entry, e)) {
        inside.add(e);
      }
    }
    return inside;
  }

  /**
   * Whether some use of {@code a} is a use of {@code b}: one lies under the other, or, across B25's
   * networks, {@code 互联网信息服务} and {@code 信息搜索查询服务} share 互联网信息服务中的信息搜索查询服务.
   *
   * @param a a catalogue entry
   * @param b another
   * @return true when the two overlap
   */
  public boolean overlaps(TelecomService a, TelecomService b) {
    return contains(a, b) || contains(b, a) || byNetwork(a).stream().anyMatch(x -> contains(b, x));
  }

  /** Whether {@code e} is one of B25's networks (互联网信息服务), not an item under one. */
  private boolean isNetwork(TelecomService e) {
    return byNetwork.contains(e) && e.parentCode().equals(Optional.of("B25"));
  }

  /**
   * The form used for lookups: half-width, upper-case ASCII, no spaces, parentheses unified and the
   * {@code 及} of {@code 信息发布平台及递送服务} read as {@code 和}.
   */
  static String normalize(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = NumberText.normalize(text.charAt(i));
      if (c != NumberText.GAP) {
        b.append(c == '及' ? '和' : c);
      }
    }
    return b.toString();
  }

  private static ServiceCatalog load(String resource) {
    List<TelecomService> entries = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (String[] f : DataFile.rows(ServiceCatalog.class, resource)) {
      ImmutableTelecomService.Builder b = TelecomService.builder().name(f[2]);
      if (!f[0].isEmpty()) {
        b.code(f[0]);
      }
      if (!f[1].isEmpty()) {
        b.parentCode(f[1]);
        if (!f[1].startsWith("A") && !f[1].startsWith("B")) {
          b.key(f[1] + OF + f[2]); // an item under a network
        }
      }
      if (f.length > 3 && !f[3].isBlank()) {
        b.addAliases(f[3].split(","));
      }
      if (f.length > 4 && !f[4].isBlank()) {
        b.addFormerNames(f[4].split(","));
      }
      TelecomService e = b.build();
      if (!keys.add(e.key())) {
        throw new IllegalStateException("two catalogue entries with key " + e.key());
      }
      entries.add(e);
    }
    return new ServiceCatalog(entries);
  }
}
