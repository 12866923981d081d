package dev.telelicense.rules.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One value that differs between two licences, named as the licence document names it.
 *
 * @param field {@code number}, {@code licensee}, {@code legalRepresentative}, {@code issuedOn},
 *     {@code validUntil}; for a grant {@code name}, {@code limitedTo}, {@code excluding},
 *     {@code including}, {@code coverage}; for a website {@code name}, {@code domains},
 *     {@code serverLocation}, {@code accessProvider}
 * @param before the older licence's value as printed (lists joined with {@code 、}); empty when absent
 * @param after the newer licence's value; empty when absent
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

  /**
   * Checks the components.
   *
   * @param field the value's name in the licence document, e.g. {@code validUntil}
   * @param before the older licence's value as printed (lists joined with {@code 、})
   * @param after the newer licence's value
   * @throws NullPointerException if a component is null
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
