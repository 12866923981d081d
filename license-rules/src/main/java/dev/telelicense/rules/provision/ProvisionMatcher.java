package dev.telelicense.rules.provision;

import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches each provision and item of a licence to the {@link ProvisionCatalog} by what it says, never
 * by its number: templates renumber (the security assessment is 十五（八） in one licence, 十五（七） and
 * 十六（八） in another), merge and split paragraphs (the app-store paragraph is an item of its own in one
 * template and an unnumbered paragraph of another), reword, and reach us as scans with stray spaces,
 * wrapped lines and page headers inside a word.
 *
 * <p>How: each sentence, in {@linkplain ProvisionText#normalize normalised} form, is matched to the
 * entry whose evidence phrases it contains most of (in characters; ties go to the entry listed first).
 * A sentence with no phrase of any entry belongs to the obligation of its paragraph's other sentences;
 * a paragraph none of whose sentences has one is reported as unknown, quoting its start, never forced
 * onto an entry. Consecutive sentences and paragraphs of one entry make one {@link MatchedPart}.
 * Immutable and thread-safe.
 */
public final class ProvisionMatcher {
  private static final ProvisionMatcher STANDARD = new ProvisionMatcher(ProvisionCatalog.standard());

  private final ProvisionCatalog catalog;
  /** Per entry of the catalogue, its evidence phrases normalised. */
  private final List<List<String>> evidence = new ArrayList<>();
  /**
   * The coded services a provision's heading can name, longest name first, with their names
   * normalised once here: normalising the whole service catalogue again for every provision with
   * items was a third of {@link #match(License)} (127 µs a sample licence before, JMH stack profile).
   */
  private final List<Map.Entry<String, TelecomService>> services;

  /**
   * A matcher for a catalogue of your own.
   *
   * @param catalog the catalogue
   * @throws NullPointerException if the catalogue is null
   */
  public ProvisionMatcher(ProvisionCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    for (CatalogEntry e : catalog.entries()) {
      evidence.add(e.evidence().stream().map(ProvisionText::normalize).toList());
    }
    List<Map.Entry<String, TelecomService>> names = new ArrayList<>();
    for (TelecomService e : ServiceCatalog.standard().entries()) {
      // Items lie inside service names; categories (B2) name no service.
      if (!e.isItem() && e.parentCode().isPresent()) {
        names.add(Map.entry(ProvisionText.normalize(e.name()), e));
      }
    }
    // Longest printed name first, catalogue order among equals: the first that the heading holds wins.
    names.sort(Comparator.comparingInt(n -> -n.getValue().name().length()));
    this.services = List.copyOf(names);
  }

  /**
   * The matcher for the bundled catalogue.
   *
   * @return the standard matcher
   */
  public static ProvisionMatcher standard() {
    return STANDARD;
  }

  /**
   * The catalogue this matcher matches to.
   *
   * @return the catalogue
   */
  public ProvisionCatalog catalog() {
    return catalog;
  }

  /**
   * Matches every provision and item of a licence.
   *
   * @param license the licence
   * @return its provisions, each followed by its items, with their obligations
   * @throws NullPointerException if the licence is null
   */
  public LicenseProvisions match(License license) {
    Objects.requireNonNull(license, "license");
    List<MatchedProvision> all = new ArrayList<>();
    for (Provision p : license.provisions()) {
      all.add(new MatchedProvision(p.label(), p, Optional.empty(), match(p.text())));
      Optional<TelecomService> section = p.items().isEmpty() ? Optional.empty() : headingService(p.text());
      for (Provision item : p.items()) {
        all.add(new MatchedProvision(p.label() + item.label(), item, section, match(item.text())));
      }
    }
    return new LicenseProvisions(all);
  }

  /**
   * Matches one text: a provision's or item's, or any passage of a licence.
   *
   * @param text the text as printed (paragraphs separated by line breaks)
   * @return its obligations in text order; empty when it has no letters or digits
   * @throws NullPointerException if the text is null
   */
  public List<MatchedPart> match(String text) {
    Objects.requireNonNull(text, "text");
    List<MatchedPart> parts = new ArrayList<>();
    for (List<String> paragraph : ProvisionText.paragraphs(text)) {
      for (MatchedPart part : paragraphParts(paragraph)) {
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).entry().equals(part.entry())) {
          parts.set(last, new MatchedPart(part.entry(), parts.get(last).text() + "\n" + part.text()));
        } else {
          parts.add(part);
        }
      }
    }
    return parts;
  }

  /**
   * A text in the form the matcher compares texts in: half-width, letters and digits only, variant
   * characters folded, page headers removed. Two provisions whose normalised texts are equal say the
   * same thing in the same words.
   *
   * @param text a text as printed
   * @return its normalised form
   */
  public static String normalize(String text) {
    return ProvisionText.normalize(text);
  }

  /**
   * The entry one sentence matches best.
   *
   * @param sentence a sentence, as printed
   * @return the entry, or empty when the sentence has no evidence phrase of any entry
   */
  public Optional<CatalogEntry> bestEntry(String sentence) {
    return bestNormalEntry(ProvisionText.normalize(sentence));
  }

  /** {@link #bestEntry} of a sentence already normalised. */
  private Optional<CatalogEntry> bestNormalEntry(String normal) {
    CatalogEntry best = null;
    int bestScore = 0;
    for (int i = 0; i < evidence.size(); i++) {
      int score = 0;
      for (String phrase : evidence.get(i)) {
        if (normal.contains(phrase)) {
          score += phrase.length();
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = catalog.entries().get(i);
      }
    }
    return Optional.ofNullable(best);
  }

  /** One paragraph's parts: its sentences by entry, unmatched ones joined to their neighbours. */
  private List<MatchedPart> paragraphParts(List<String> sentences) {
    List<String> texts = new ArrayList<>();
    List<Optional<CatalogEntry>> entries = new ArrayList<>();
    for (String s : sentences) {
      String normal = ProvisionText.normalize(s);
      if (normal.isEmpty()) {
        continue; // a page header's remains, or punctuation alone
      }
      texts.add(s);
      entries.add(bestNormalEntry(normal));
    }
    // A sentence without evidence takes the entry of the sentence before it, or, at the start of the
    // paragraph, of the first one after it that has one.
    Optional<CatalogEntry> carried = entries.stream().filter(Optional::isPresent).findFirst()
        .orElse(Optional.empty());
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).isPresent()) {
        carried = entries.get(i);
      } else {
        entries.set(i, carried);
      }
    }
    List<MatchedPart> parts = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      int last = parts.size() - 1;
      if (last >= 0 && parts.get(last).entry().equals(entries.get(i))) {
        parts.set(last, new MatchedPart(entries.get(i), parts.get(last).text() + texts.get(i)));
      } else {
        parts.add(new MatchedPart(entries.get(i), texts.get(i)));
      }
    }
    return parts;
  }

  /** The coded service a heading names: the longest catalogue name in it, first among equals. */
  private Optional<TelecomService> headingService(String heading) {
    String normal = ProvisionText.normalize(heading);
    for (Map.Entry<String, TelecomService> name : services) {
      if (normal.contains(name.getKey())) {
        return Optional.of(name.getValue());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "ProvisionMatcher[" + catalog + "]";
  }
}
