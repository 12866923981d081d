package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 违法信息处置 — illegal information handled, and when it was reported (absent: not yet). */
@Value.Immutable
public abstract class IllegalInfoDisposal {

  // Package-private: only the generated ImmutableIllegalInfoDisposal extends this class.
  IllegalInfoDisposal() {}

  public abstract LocalDate disposedOn();

  public abstract Optional<LocalDate> reportedOn();

  public static ImmutableIllegalInfoDisposal.Builder builder() {
    return ImmutableIllegalInfoDisposal.builder();
  }
}
