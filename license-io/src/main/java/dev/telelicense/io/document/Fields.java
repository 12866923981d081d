package dev.telelicense.io.document;

import java.util.List;

/**
 * The field names one object of a document may have, in written order, and which of them are required.
 * Anything else is an error: a misspelt key must never silently switch a check off.
 *
 * <p>Each reader lists its object's fields here and reads them in a {@code switch} with one
 * {@code case} per field, whose {@code default} throws {@link Cursor#noCaseFor}: a field added to the
 * list but not to the switch fails on the first document that has it, instead of being read as another.
 */
final class Fields {
  private final List<String> names;
  private final List<String> required;

  private Fields(List<String> names, List<String> required) {
    this.names = List.copyOf(names);
    this.required = List.copyOf(required);
  }

  /** {@code names} in document order; {@code required} a subset of them. */
  static Fields of(List<String> names, String... required) {
    for (String r : required) {
      if (!names.contains(r)) {
        throw new IllegalArgumentException("required field " + r + " not in " + names);
      }
    }
    // In written order, so that the first missing field is the first one reported.
    return new Fields(names, names.stream().filter(List.of(required)::contains).toList());
  }

  /** Every field the object may have, in written order. */
  List<String> names() {
    return names;
  }

  /** The fields the object must have, in written order. */
  List<String> required() {
    return required;
  }
}
