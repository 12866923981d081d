package dev.telelicense.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** What one rule found for one provision of one licence. */
@Value.Immutable
public abstract class Finding {

  // Package-private: only the generated ImmutableFinding extends this class.
  Finding() {}

  /** The rule's stable id, e.g. {@code renewal.applied-90-days-ahead}. */
  public abstract String rule();

  /** The provision as numbered in this licence: {@code 十二}, {@code 十五（八）}; empty when none. */
  public abstract Optional<String> provision();

  public abstract Status status();

  /** Why, in the language asked for. */
  public abstract String message();

  /** The deadline that applies next, when there is one. */
  public abstract Optional<LocalDate> due();

  /**
   * What the judgement rests on: {@link Basis#ATTESTATION} when on a signed statement, else
   * {@link Basis#FACTS}. The built-in rules give it on every PASS and FAIL finding, never on
   * NOT_APPLICABLE and NOT_REVIEWED ones; a rule of one's own gives it as it sees fit.
   *
   * @return the basis, when the finding judges compliance
   */
  public abstract Optional<Basis> basis();

  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
