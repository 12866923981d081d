package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 安全评估 — a completed new-technology security assessment and when its report was filed. */
@Value.Immutable
public abstract class SecurityAssessment {

  // Package-private: only the generated ImmutableSecurityAssessment extends this class.
  SecurityAssessment() {}

  public abstract LocalDate completedOn();

  public abstract Optional<LocalDate> reportedOn();

  public static ImmutableSecurityAssessment.Builder builder() {
    return ImmutableSecurityAssessment.builder();
  }
}
