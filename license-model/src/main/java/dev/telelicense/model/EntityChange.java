package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 经营主体变更 — a merger, split, shareholder change or transfer: decided by the company, applied for,
 * approved, implemented. An absent later date means that step has not happened.
 */
@Value.Immutable
public abstract class EntityChange {

  // Package-private: only the generated ImmutableEntityChange extends this class.
  EntityChange() {}

  public abstract LocalDate decidedOn();

  public abstract Optional<LocalDate> appliedOn();

  public abstract Optional<LocalDate> approvedOn();

  public abstract Optional<LocalDate> implementedOn();

  public static ImmutableEntityChange.Builder builder() {
    return ImmutableEntityChange.builder();
  }
}
