package dev.telelicense.io.document;

import java.util.List;
import java.util.Set;

/**
 * The field names one object of a document may have, in written order, and which of them are required.
 * Anything else is an error: a misspelt key must never silently switch a check off.
 */
final class Fields {
  private final List<String> names;
  private final Set<String> required;

  private Fields(List<String> names, Set<String> required) {
    this.names = List.copyOf(names);
    this.required = Set.copyOf(required);
  }

  /** {@code names} in document order; {@code required} a subset of them. */
  static Fields of(List<String> names, String... required) {
    Set<String> r = Set.of(required);
    if (!names.containsAll(r)) {
      throw new IllegalArgumentException("required fields " + r + " not all in " + names);
    }
    return new Fields(names, r);
  }

  List<String> names() {
    return names;
  }

  boolean contains(String name) {
    return names.contains(name);
  }

  boolean isRequired(String name) {
    return required.contains(name);
  }
}
