package dev.telelicense.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number found by {@link LicenseNumber#findAll(CharSequence)}: the number and where it is printed,
 * as character offsets into the text searched ({@code start} inclusive, {@code end} exclusive, in the
 * manner of {@link java.util.regex.MatchResult}).
 *
 * <p>Immutable and thread-safe.
 */
public final class LicenseNumberMatch {
  private final LicenseNumber number;
  private final int start;
  private final int end;

  LicenseNumberMatch(LicenseNumber number, int start, int end) {
    this.number = Objects.requireNonNull(number, "number");
    this.start = start;
    this.end = end;
  }

  /**
   * The number read.
   *
   * @return the number, decoded
   */
  public LicenseNumber number() {
    return number;
  }

  /**
   * Whether it is a licence or a filing.
   *
   * @return the number's kind
   */
  public LicenseNumber.Kind kind() {
    return number.kind();
  }

  /**
   * Where the number starts.
   *
   * @return the offset of its first character in the text searched
   */
  public int start() {
    return start;
  }

  /**
   * Where the number ends.
   *
   * @return the offset after its last character in the text searched
   */
  public int end() {
    return end;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LicenseNumberMatch m)) {
      return false;
    }
    return number.equals(m.number) && start == m.start && end == m.end;
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, start, end);
  }

  /**
   * The number and its place.
   *
   * @return e.g. {@code 京B2-20190486@12..24}
   */
  @Override
  public String toString() {
    return number + "@" + start + ".." + end;
  }
}
