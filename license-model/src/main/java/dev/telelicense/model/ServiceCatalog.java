package dev.telelicense.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 电信业务分类目录 — the telecom service catalogue, looked up by code, name or alias. The entries are
 * data ({@code service-catalog.tsv}), kept apart from code like libphonenumber's metadata.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceCatalog {

  private static final ServiceCatalog STANDARD = load("service-catalog.tsv");

  private final List<TelecomService> entries;
  private final Map<String, TelecomService> byKey;

  private ServiceCatalog(List<TelecomService> entries) {
    this.entries = List.copyOf(entries);
    Map<String, TelecomService> keys = new HashMap<>();
    for (TelecomService e : entries) {
      keys.put(normalize(e.key()), e);
      keys.put(normalize(e.name()), e);
      for (String alias : e.aliases()) {
        keys.put(normalize(alias), e);
      }
    }
    this.byKey = Collections.unmodifiableMap(keys);
  }

  /**
   * The 2015 catalogue as amended in 2019, read once from the data file that ships in this jar.
   *
   * @return the shared standard catalogue
   */
  public static ServiceCatalog standard() {
    return STANDARD;
  }

  /**
   * Every entry, categories first, items after their service.
   *
   * @return the entries, unmodifiable
   */
  public List<TelecomService> entries() {
    return entries;
  }

  /**
   * The entry called {@code text}: a code ({@code B25}, {@code ｂ２５}), a name or an alias. Full-width
   * letters and parentheses, spaces and {@code 及}/{@code 和} in item names are tolerated.
   *
   * @param text what a licence or a facts file calls the entry
   * @return the entry, or empty when none is called so
   * @throws NullPointerException if {@code text} is null
   */
  public Optional<TelecomService> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(byKey.get(normalize(text)));
  }

  /**
   * The entry with this code; a name or alias finds nothing here, unlike {@link #find(CharSequence)}.
   *
   * @param code a catalogue code such as {@code B25}
   * @return the coded entry, or empty when no entry has that code
   */
  public Optional<TelecomService> byCode(String code) {
    return find(code).filter(e -> e.code().isPresent());
  }

  /**
   * The entry {@code entry} belongs to, if any.
   *
   * @param entry an entry of this catalogue
   * @return its service or category; empty for a category
   */
  public Optional<TelecomService> parentOf(TelecomService entry) {
    return entry.parentCode().flatMap(this::byCode);
  }

  /**
   * The named items and services directly under {@code entry}.
   *
   * @param entry an entry of this catalogue
   * @return the entries one level down, in catalogue order; empty for an item
   */
  public List<TelecomService> childrenOf(TelecomService entry) {
    List<TelecomService> children = new ArrayList<>();
    for (TelecomService e : entries) {
      if (e.parentCode().equals(entry.code())) {
        children.add(e);
      }
    }
    return children;
  }

  /**
   * Whether {@code inner} is {@code outer} or lies under it ({@code 信息搜索查询服务} under B25 under B2).
   *
   * @param outer the wider entry, e.g. a granted service
   * @param inner the narrower entry, e.g. an operated item
   * @return true when a grant of {@code outer} reaches {@code inner}
   */
  public boolean contains(TelecomService outer, TelecomService inner) {
    Optional<TelecomService> e = Optional.of(inner);
    while (e.isPresent()) {
      if (e.get().equals(outer)) {
        return true;
      }
      e = parentOf(e.get());
    }
    return false;
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
    try (InputStream in = ServiceCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<TelecomService> entries = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        ImmutableTelecomService.Builder b = TelecomService.builder().name(f[2]);
        if (!f[0].isEmpty()) {
          b.code(f[0]);
        }
        if (!f[1].isEmpty()) {
          b.parentCode(f[1]);
        }
        if (f.length > 3 && !f[3].isBlank()) {
          b.addAliases(f[3].split(","));
        }
        entries.add(b.build());
      }
      return new ServiceCatalog(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
