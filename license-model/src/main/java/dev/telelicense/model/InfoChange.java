package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 信息变更 — a change of registered information and when it was reported (absent: not yet). */
@Value.Immutable
public abstract class InfoChange {

  // Package-private: only the generated ImmutableInfoChange extends this class.
  InfoChange() {}

  public abstract LocalDate changedOn();

  public abstract Optional<LocalDate> reportedOn();

  public static ImmutableInfoChange.Builder builder() {
    return ImmutableInfoChange.builder();
  }
}
