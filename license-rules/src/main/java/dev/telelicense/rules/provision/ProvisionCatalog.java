package dev.telelicense.rules.provision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 特别规定事项目录 — every provision and item the licence templates carry, each with a stable id,
 * titles in Chinese and English, a summary, the regulation it rests on, whom it binds, the rule that
 * judges it and the phrases that identify it. The entries are data ({@code provisions.txt}, one
 * {@code [id]} block of {@code key: value} lines per entry), kept apart from code so that a change to
 * the catalogue is reviewed as a diff of text. Immutable and thread-safe.
 */
public final class ProvisionCatalog {
  private static final String RESOURCE = "provisions.txt";
  private static final int MIN_EVIDENCE = 4;

  private static final ProvisionCatalog STANDARD = loadStandard();

  private final List<CatalogEntry> entries;
  private final Map<String, CatalogEntry> byId;

  private ProvisionCatalog(List<CatalogEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, CatalogEntry> ids = new LinkedHashMap<>();
    for (CatalogEntry e : entries) {
      ids.put(e.id(), e);
    }
    this.byId = Collections.unmodifiableMap(ids);
  }

  /**
   * The catalogue bundled with this library.
   *
   * @return the standard catalogue
   */
  public static ProvisionCatalog standard() {
    return STANDARD;
  }

  /**
   * Reads a catalogue in the format of the bundled {@code provisions.txt}: {@code #} comments, an
   * {@code [id]} line opening each entry, then {@code key: value} lines ({@code title.zh},
   * {@code title.en}, {@code summary}, {@code services}, {@code judged-by} once each;
   * {@code regulation} and {@code evidence} repeatable).
   *
   * @param in the catalogue text; read to its end, not closed
   * @return the catalogue
   * @throws IOException if reading fails
   * @throws IllegalArgumentException naming the line, if the text is not a valid catalogue: an unknown
   *     or repeated key, a missing one, a duplicate id, evidence shorter than 4 characters
   */
  public static ProvisionCatalog parse(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    BufferedReader reader = new BufferedReader(in);
    List<CatalogEntry> entries = new ArrayList<>();
    Map<String, List<String>> fields = null;
    String id = null;
    int opened = 0;
    int lineNo = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (t.startsWith("[") && t.endsWith("]")) {
        if (id != null) {
          entries.add(entry(id, fields, opened));
        }
        id = t.substring(1, t.length() - 1).strip();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          throw new IllegalArgumentException("line " + lineNo + ": id '" + id
              + "' must be lower-case words joined by '-'");
        }
        for (CatalogEntry e : entries) {
          if (e.id().equals(id)) {
            throw new IllegalArgumentException("line " + lineNo + ": duplicate id '" + id + "'");
          }
        }
        fields = new LinkedHashMap<>();
        opened = lineNo;
        continue;
      }
      int colon = t.indexOf(':');
      if (id == null || colon < 0) {
        throw new IllegalArgumentException("line " + lineNo + ": expected '[id]' or 'key: value', got '"
            + t + "'");
      }
      String key = t.substring(0, colon).strip();
      String value = t.substring(colon + 1).strip();
      addField(fields, key, value, lineNo);
    }
    if (id != null) {
      entries.add(entry(id, fields, opened));
    }
    return new ProvisionCatalog(entries);
  }

  private static void addField(Map<String, List<String>> fields, String key, String value, int lineNo) {
    boolean repeatable = key.equals("regulation") || key.equals("evidence");
    boolean single = key.equals("title.zh") || key.equals("title.en") || key.equals("summary")
        || key.equals("services") || key.equals("judged-by");
    if (!repeatable && !single) {
      throw new IllegalArgumentException("line " + lineNo + ": unknown key '" + key + "'");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException("line " + lineNo + ": '" + key + "' has no value");
    }
    if (single && fields.containsKey(key)) {
      throw new IllegalArgumentException("line " + lineNo + ": '" + key + "' given twice");
    }
    if (key.equals("evidence") && ProvisionText.normalize(value).length() < MIN_EVIDENCE) {
      throw new IllegalArgumentException("line " + lineNo + ": evidence '" + value
          + "' is shorter than " + MIN_EVIDENCE + " characters: too common to identify a provision");
    }
    fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private static CatalogEntry entry(String id, Map<String, List<String>> f, int line) {
    for (String key : List.of("title.zh", "title.en", "summary", "services", "judged-by", "evidence")) {
      if (!f.containsKey(key)) {
        throw new IllegalArgumentException("line " + line + ": entry '" + id + "' has no '" + key + "'");
      }
    }
    return new CatalogEntry(id, f.get("title.zh").get(0), f.get("title.en").get(0),
        f.get("summary").get(0), f.getOrDefault("regulation", List.of()),
        commaList(f.get("services").get(0)), commaList(f.get("judged-by").get(0)), f.get("evidence"));
  }

  private static List<String> commaList(String value) {
    List<String> items = new ArrayList<>();
    for (String s : value.split(",", -1)) {
      if (!s.isBlank()) {
        items.add(s.strip());
      }
    }
    return items;
  }

  /**
   * Every entry, in catalogue order (the order ties between equally good matches are settled in).
   *
   * @return the entries
   */
  public List<CatalogEntry> entries() {
    return entries;
  }

  /**
   * The entry with this id.
   *
   * @param id a stable id such as {@code annual-report}
   * @return the entry, or empty when the catalogue has none with that id
   */
  public Optional<CatalogEntry> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  private static ProvisionCatalog loadStandard() {
    try (InputStream in = ProvisionCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "ProvisionCatalog[" + entries.size() + " entries]";
  }
}
