package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 承诺 — a signed statement that a provision is met, for obligations no fact can show ({@code 十},
 * {@code 十五（三）}). A promise, not evidence: findings that rest on one say so, and one that names
 * {@link #until()} holds only up to that day.
 */
@Value.Immutable
public abstract class Attestation {

  // Package-private: only the generated ImmutableAttestation extends this class.
  Attestation() {}

  /**
   * The provision attested, cited as the licence numbers it.
   *
   * @return {@code 十} or {@code 十五（三）}, never blank
   */
  public abstract String provision();

  /**
   * 承诺人 — who attests: the person who answers for the statement, named in every finding resting on it.
   *
   * @return the name, never blank
   */
  public abstract String by();

  /**
   * 承诺日期 — the day the statement was signed; it says nothing about days before.
   *
   * @return the date signed
   */
  public abstract LocalDate on();

  /**
   * 有效期至 — the last day the statement holds; after it the provision is not reviewed again.
   *
   * @return the last day, or empty for a statement without end
   */
  public abstract Optional<LocalDate> until();

  /**
   * A builder for an attestation: provision, by and on are needed, until is optional.
   *
   * @return a new builder
   */
  public static ImmutableAttestation.Builder builder() {
    return ImmutableAttestation.builder();
  }

  @Value.Check
  void check() {
    if (provision().isBlank() || by().isBlank()) {
      throw new IllegalStateException("an attestation needs a provision and who attests");
    }
    if (until().isPresent() && until().get().isBefore(on())) {
      throw new IllegalStateException("an attestation's until " + until().get() + " is before its date "
          + on());
    }
  }
}
