package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 信息变更 — a change of registered information and when it was reported (absent: not yet). */
@Value.Immutable
public abstract class InfoChange {

  // Package-private: only the generated ImmutableInfoChange extends this class.
  InfoChange() {}

  /**
   * 变更日期 — the day the information changed: the 30 days to report it run from it.
   *
   * @return the date of the change
   */
  public abstract LocalDate changedOn();

  /**
   * 报告日期 — the day the change was reported.
   *
   * @return the date, or empty when not reported yet
   */
  public abstract Optional<LocalDate> reportedOn();

  /**
   * A builder for an information change: {@code changedOn} is needed, {@code reportedOn} is optional.
   *
   * @return a new builder
   */
  public static ImmutableInfoChange.Builder builder() {
    return ImmutableInfoChange.builder();
  }
}
