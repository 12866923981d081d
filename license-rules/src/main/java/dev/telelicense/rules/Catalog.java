package dev.telelicense.rules;

import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * 电信业务分类目录 lookups as the rules need them, answering exactly as {@link ServiceCatalog#standard()}
 * does but without normalising the same strings again and again: the catalogue's own codes, names and
 * aliases, and the parent of every entry, are looked up once here. Anything else falls through to
 * the catalogue. The tables are derived from the immutable standard catalogue and never change.
 */
final class Catalog {
  private static final ServiceCatalog STANDARD = ServiceCatalog.standard();
  /** Each code, name and alias exactly as the catalogue prints it → {@code find} of it. */
  private static final Map<String, TelecomService> BY_PRINTED_NAME;
  /** Each code an entry names as its parent → {@code byCode} of it. */
  private static final Map<String, TelecomService> BY_PARENT_CODE;
  /**
   * Each standard entry, by identity, → its {@link Lineage}. The rules ask about the standard
   * catalogue's own instances almost always, and these are told apart by identity alone: no two are
   * equal.
   */
  private static final Map<TelecomService, Lineage> LINEAGE;

  static {
    Map<String, TelecomService> names = new HashMap<>();
    Map<String, TelecomService> parents = new HashMap<>();
    for (TelecomService e : STANDARD.entries()) {
      putFound(names, e.key());
      putFound(names, e.name());
      for (String alias : e.aliases()) {
        putFound(names, alias);
      }
      e.parentCode().ifPresent(code -> STANDARD.byCode(code).ifPresent(p -> parents.put(code, p)));
    }
    BY_PRINTED_NAME = Map.copyOf(names);
    BY_PARENT_CODE = Map.copyOf(parents);
    if (new HashSet<>(STANDARD.entries()).size() != STANDARD.entries().size()) {
      throw new IllegalStateException("the standard catalogue lists an entry twice");
    }
    List<TelecomService> entries = STANDARD.entries();
    Map<TelecomService, Lineage> lineage = new IdentityHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      List<TelecomService> up = walkUp(entries.get(i));
      int[] containers = new int[up.size()];
      for (int j = 0; j < containers.length; j++) {
        containers[j] = entries.indexOf(up.get(j));
      }
      lineage.put(entries.get(i), new Lineage(i, containers));
    }
    LINEAGE = lineage; // never changed after this, never handed out
  }

  private Catalog() {}

  private static void putFound(Map<String, TelecomService> names, String name) {
    STANDARD.find(name).ifPresent(e -> names.put(name, e));
  }

  /** {@link ServiceCatalog#find} in the standard catalogue; {@code null} when it has no such entry. */
  @Nullable
  static TelecomService find(String text) {
    TelecomService e = BY_PRINTED_NAME.get(text);
    return e != null ? e : STANDARD.find(text).orElse(null);
  }

  /** {@link ServiceCatalog#parentOf} in the standard catalogue; {@code null} for a top entry. */
  @Nullable
  static TelecomService parentOf(TelecomService entry) {
    Optional<String> code = entry.parentCode();
    if (code.isEmpty()) {
      return null;
    }
    TelecomService p = BY_PARENT_CODE.get(code.get());
    return p != null ? p : STANDARD.byCode(code.get()).orElse(null);
  }

  /** {@link ServiceCatalog#contains}: {@code inner} is {@code outer} or lies under it. */
  static boolean contains(TelecomService outer, TelecomService inner) {
    return contains(outer, LINEAGE.get(outer), inner, LINEAGE.get(inner));
  }

  /**
   * {@link #contains(TelecomService, TelecomService)} given the entries' {@link #lineage}s, which the
   * caller looked up once ({@code null} where an entry has none): a bit test when both have one.
   */
  static boolean contains(TelecomService outer, @Nullable Lineage outerLineage, TelecomService inner,
      @Nullable Lineage innerLineage) {
    if (outerLineage != null && innerLineage != null) {
      return innerLineage.liesIn(outerLineage);
    }
    for (TelecomService e = inner; e != null; e = parentOf(e)) {
      if (e.equals(outer)) {
        return true;
      }
    }
    return false;
  }

  /** The lineage of a standard catalogue instance; {@code null} for any other instance. */
  @Nullable
  static Lineage lineage(TelecomService entry) {
    return LINEAGE.get(entry);
  }

  /** {@code entry}, its parent, the parent's parent…: every entry that {@link #contains} it. */
  private static List<TelecomService> walkUp(TelecomService entry) {
    List<TelecomService> up = new ArrayList<>(4);
    for (TelecomService e = entry; e != null; e = parentOf(e)) {
      up.add(e);
    }
    return up;
  }

  /**
   * Whether one of the two entries contains the other, given their lineages ({@code null} for none):
   * an operated entry touches a scoped one.
   */
  static boolean touches(TelecomService a, @Nullable Lineage aLineage, TelecomService b,
      @Nullable Lineage bLineage) {
    return contains(a, aLineage, b, bLineage) || contains(b, bLineage, a, aLineage);
  }
}
