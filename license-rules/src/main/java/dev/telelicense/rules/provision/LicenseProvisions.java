package dev.telelicense.rules.provision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every provision and item of one licence, matched to the catalogue: what {@link ProvisionMatcher}
 * returns.
 *
 * @param all every provision, each followed by its items: the licence's reading order
 */
public record LicenseProvisions(List<MatchedProvision> all) {

  /**
   * Copies the list.
   *
   * @param all every provision, each followed by its items
   * @throws NullPointerException if the list or an element is null
   */
  public LicenseProvisions {
    all = List.copyOf(all);
  }

  /**
   * The provisions and items that state an obligation, in licence order.
   *
   * @param id a catalogue id such as {@code security-assessment}
   * @return the provisions and items stating it (several where a licence repeats it per service)
   */
  public List<MatchedProvision> stating(String id) {
    Objects.requireNonNull(id, "id");
    return all.stream().filter(m -> m.states(id)).toList();
  }

  /**
   * The provision or item cited so.
   *
   * @param citation {@code 十二}, {@code 十五（八）}
   * @return the provision or item, or empty when the licence has none with that citation
   */
  public Optional<MatchedProvision> cited(String citation) {
    return all.stream().filter(m -> m.citation().equals(citation)).findFirst();
  }

  /**
   * The provisions and items with text the catalogue does not know.
   *
   * @return those with at least one unknown part, in licence order
   */
  public List<MatchedProvision> withUnknownText() {
    return all.stream().filter(m -> !m.unknownParts().isEmpty()).toList();
  }
}
