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

  /**
   * 决定日期 — the day the company decided the change: the 30 days to apply for approval run from it.
   *
   * @return the date of the decision
   */
  public abstract LocalDate decidedOn();

  /**
   * 申请日期 — the day approval was applied for.
   *
   * @return the date, or empty when not applied for yet
   */
  public abstract Optional<LocalDate> appliedOn();

  /**
   * 批准日期 — the day the change was approved; implementing it before this day breaks provision 十一.
   *
   * @return the date, or empty when not approved yet
   */
  public abstract Optional<LocalDate> approvedOn();

  /**
   * 实施日期 — the day the change took effect.
   *
   * @return the date, or empty when not implemented yet
   */
  public abstract Optional<LocalDate> implementedOn();

  /**
   * A builder for an entity change: {@code decidedOn} is needed, the later steps are optional.
   *
   * @return a new builder
   */
  public static ImmutableEntityChange.Builder builder() {
    return ImmutableEntityChange.builder();
  }
}
