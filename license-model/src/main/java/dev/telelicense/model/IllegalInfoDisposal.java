package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 违法信息处置 — illegal information handled, and when it was reported (absent: not yet). */
@Value.Immutable
public abstract class IllegalInfoDisposal {

  // Package-private: only the generated ImmutableIllegalInfoDisposal extends this class.
  IllegalInfoDisposal() {}

  /**
   * 处置日期 — the day the illegal information was handled: the 10 working days to report it run from it.
   *
   * @return the date handled
   */
  public abstract LocalDate disposedOn();

  /**
   * 报告日期 — the day the handling was reported to the authorities.
   *
   * @return the date, or empty when not reported yet
   */
  public abstract Optional<LocalDate> reportedOn();

  /**
   * A builder for a disposal: {@code disposedOn} is needed, {@code reportedOn} is optional.
   *
   * @return a new builder
   */
  public static ImmutableIllegalInfoDisposal.Builder builder() {
    return ImmutableIllegalInfoDisposal.builder();
  }
}
