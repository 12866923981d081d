package dev.telelicense.io.document;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.List;

/**
 * The field names one object of a document may have, in written order, and which of them are required.
 * Anything else is an error: a misspelt key must never silently switch a check off.
 *
 * <p>Each name has a bit, so a reader tracks the fields it has seen in one {@code long} instead of a set
 * per object: documents hold hundreds of small objects and this is their hottest path.
 */
final class Fields {
  /** A {@code long} holds the seen-bits; no object of the documents comes near this many fields. */
  private static final int MAX_FIELDS = 64;

  private final List<String> names;
  /** The names again, for {@link #bit}: an array walk beats hashing for the handful an object has. */
  private final String[] byBit;
  /** The names as Jackson matches them against its input without parsing them ({@link #likelyAfter}). */
  private final SerializableString[] serialized;
  private final long requiredBits;

  private Fields(List<String> names, long requiredBits) {
    this.names = List.copyOf(names);
    this.byBit = this.names.toArray(new String[0]);
    this.serialized = new SerializableString[byBit.length];
    for (int i = 0; i < byBit.length; i++) {
      serialized[i] = new SerializedString(byBit[i]);
    }
    this.requiredBits = requiredBits;
  }

  /** {@code names} in document order; {@code required} a subset of them. */
  static Fields of(List<String> names, String... required) {
    if (names.size() > MAX_FIELDS) {
      throw new IllegalArgumentException("more than " + MAX_FIELDS + " fields: " + names);
    }
    long requiredBits = 0;
    for (String r : required) {
      int i = names.indexOf(r);
      if (i < 0) {
        throw new IllegalArgumentException("required field " + r + " not in " + names);
      }
      requiredBits |= 1L << i;
    }
    return new Fields(names, requiredBits);
  }

  List<String> names() {
    return names;
  }

  /** The bit of {@code name}, or 0 when the object may not have it. */
  long bit(String name) {
    // Jackson interns field names, and ours are literals, so a known name is normally found by
    // identity; equals is the answer whenever it is not (another parser setting, an unknown name).
    for (int i = 0; i < byBit.length; i++) {
      if (byBit[i] == name) {
        return 1L << i;
      }
    }
    for (int i = 0; i < byBit.length; i++) {
      if (byBit[i].equals(name)) {
        return 1L << i;
      }
    }
    return 0;
  }

  /**
   * The field most likely to come after those {@code seen}: the one after the last of them in
   * written order, as our writer puts them; null after the last field. Only a guess, to read the
   * name faster when it holds: any order is read.
   */
  @javax.annotation.Nullable
  SerializableString likelyAfter(long seen) {
    int next = Long.SIZE - Long.numberOfLeadingZeros(seen);
    return next < serialized.length ? serialized[next] : null;
  }

  /** The first required field not in {@code seen}, or null when all are there. */
  @javax.annotation.Nullable
  String firstMissing(long seen) {
    long missing = requiredBits & ~seen;
    return missing == 0 ? null : names.get(Long.numberOfTrailingZeros(missing));
  }
}
