package dev.telelicense.io.text;

import dev.telelicense.model.Place;
import dev.telelicense.model.Places;
import dev.telelicense.model.Province;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.HashMap;
import java.util.Map;

/**
 * 名称树 — the names of services or places as a trie, so that finding the longest name at a position
 * of a line costs the name's length, whatever the line: a scan tries it at every position. Characters
 * are compared half-width and upper-case, spaces skipped and {@code 及} read as {@code 和}, as the
 * catalogue compares them; the caller confirms a match with the catalogue or place table.
 */
final class NameTrie {
  /** Service names: every coded service and item, not the categories (B2 is no grant). */
  static final NameTrie SERVICES = services();
  /** Place names: provinces, prefectures and county-level cities, short forms, and 全国. */
  static final NameTrie PLACES = places();

  private final Node root = new Node();

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    boolean ends;
  }

  private NameTrie() {}

  private void add(String name) {
    Node n = root;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Cjk.isSpace(c)) {
        n = n.next.computeIfAbsent(fold(c), k -> new Node());
      }
    }
    n.ends = true;
  }

  /**
   * The end of the longest name starting at {@code from} and ending before {@code limit}, spaces
   * inside it allowed.
   *
   * @return the index after its last character, or -1 when no name starts there
   */
  int longestAt(String s, int from, int limit) {
    if (from >= limit || Cjk.isSpace(s.charAt(from))) {
      return -1;
    }
    Node n = root;
    int end = -1;
    for (int j = from; j < limit; j++) {
      char c = s.charAt(j);
      if (Cjk.isSpace(c)) {
        continue;
      }
      n = n.next.get(fold(c));
      if (n == null) {
        break;
      }
      if (n.ends) {
        end = j + 1;
      }
    }
    return end;
  }

  private static char fold(char c) {
    char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    if (h >= 'a' && h <= 'z') {
      return (char) (h - 'a' + 'A');
    }
    return h == '及' ? '和' : h;
  }

  private static NameTrie services() {
    NameTrie t = new NameTrie();
    for (TelecomService e : ServiceCatalog.standard().entries()) {
      if (e.parentCode().isEmpty()) {
        continue;
      }
      t.add(e.key());
      t.add(e.name());
      e.code().ifPresent(t::add);
      e.aliases().forEach(t::add);
      e.formerNames().forEach(t::add);
    }
    return t;
  }

  private static NameTrie places() {
    NameTrie t = new NameTrie();
    for (Place p : Places.standard().all()) {
      t.add(p.name());
      if (p.kind() == Place.Kind.PREFECTURE && p.name().endsWith("市") && p.name().length() > 2) {
        t.add(p.name().substring(0, p.name().length() - 1));
      }
    }
    for (Province p : Province.values()) {
      t.add(p.shortName());
    }
    t.add(Province.NATIONWIDE);
    return t;
  }
}
