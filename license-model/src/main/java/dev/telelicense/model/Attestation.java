package dev.telelicense.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A signed statement that a provision is met, for obligations no fact can show ({@code 十},
 * {@code 十五（三）}).
 */
@Value.Immutable
public abstract class Attestation {

  // Package-private: only the generated ImmutableAttestation extends this class.
  Attestation() {}

  /** The provision as cited in the licence: {@code 十} or {@code 十五（三）}. */
  public abstract String provision();

  /** Who attests. */
  public abstract String by();

  /** When. */
  public abstract LocalDate on();

  public static ImmutableAttestation.Builder builder() {
    return ImmutableAttestation.builder();
  }

  @Value.Check
  void check() {
    if (provision().isBlank() || by().isBlank()) {
      throw new IllegalStateException("an attestation needs a provision and who attests");
    }
  }
}
