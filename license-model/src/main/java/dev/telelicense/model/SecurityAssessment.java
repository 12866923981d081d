package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 安全评估 — a completed new-technology security assessment and when its report was filed. */
@Value.Immutable
public abstract class SecurityAssessment {

  // Package-private: only the generated ImmutableSecurityAssessment extends this class.
  SecurityAssessment() {}

  /**
   * 完成日期 — the day the assessment was completed: the 30 days to file its report run from it.
   *
   * @return the completion date
   */
  public abstract LocalDate completedOn();

  /**
   * 报送日期 — the day the assessment report was filed.
   *
   * @return the date, or empty when not filed yet
   */
  public abstract Optional<LocalDate> reportedOn();

  /**
   * A builder for a security assessment: {@code completedOn} is needed, {@code reportedOn} is optional.
   *
   * @return a new builder
   */
  public static ImmutableSecurityAssessment.Builder builder() {
    return ImmutableSecurityAssessment.builder();
  }
}
