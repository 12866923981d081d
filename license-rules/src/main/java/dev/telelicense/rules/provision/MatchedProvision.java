package dev.telelicense.rules.provision;

import dev.telelicense.model.Provision;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provision or item of one licence with the obligations its text states. Most state one; some
 * state several in sentences or unnumbered paragraphs of their own (二: operate within the licence,
 * and show its number; 十五（十） of some templates: publishing platform, app store, text messages).
 *
 * @param citation as the licence numbers it: {@code 十二}, {@code 十五（八）}
 * @param provision the provision or item
 * @param section for an item, the service its heading names ({@code 你公司在经营信息服务业务时…} gives
 *     B25); empty for a provision, or when the heading names no catalogue service
 * @param parts the obligations, in the order of the text; never empty for a text with letters in it
 */
public record MatchedProvision(String citation, Provision provision, Optional<TelecomService> section,
    List<MatchedPart> parts) {

  /**
   * Checks and copies the components.
   *
   * @param citation as the licence numbers it
   * @param provision the provision or item
   * @param section for an item, the service its heading names ({@code 你公司在经营信息服务业务时…} gives B25)
   * @param parts the obligations, in the order of the text
   * @throws NullPointerException if a component is null
   */
  public MatchedProvision {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(section, "section");
    parts = List.copyOf(parts);
  }

  /**
   * The catalogue entries this text states, each once, in the order of the text.
   *
   * @return the entries; empty when no part is known
   */
  public List<CatalogEntry> entries() {
    List<CatalogEntry> entries = new ArrayList<>();
    for (MatchedPart p : parts) {
      p.entry().filter(e -> !entries.contains(e)).ifPresent(entries::add);
    }
    return entries;
  }

  /**
   * The first obligation of the text: the one a document names next to the citation.
   *
   * @return the first known entry, or empty when the catalogue knows none of the text
   */
  public Optional<CatalogEntry> primary() {
    List<CatalogEntry> entries = entries();
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
  }

  /**
   * Whether this text states the entry with this id.
   *
   * @param id a catalogue id
   * @return {@code true} when one of the parts matched it
   */
  public boolean states(String id) {
    for (MatchedPart p : parts) {
      if (p.entry().isPresent() && p.entry().get().id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts the catalogue does not know.
   *
   * @return the unknown parts, in text order
   */
  public List<MatchedPart> unknownParts() {
    return parts.stream().filter(p -> !p.isKnown()).toList();
  }

  /**
   * Whether this is a lettered item of a provision.
   *
   * @return {@code true} for an item ({@code 十五（八）})
   */
  public boolean isItem() {
    return !citation.equals(provision.label());
  }
}
