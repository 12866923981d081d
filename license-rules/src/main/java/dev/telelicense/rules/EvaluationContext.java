package dev.telelicense.rules;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a rule judges: a licence, what the licensee does ({@link OperatingFacts}), the date to judge at,
 * the working-day calendar and the language of messages. The date always comes from the caller: the
 * library reads no clock.
 *
 * <p>Immutable and thread-safe.
 */
public final class EvaluationContext {
  private final License license;
  private final OperatingFacts facts;
  private final LocalDate asOf;
  private final WorkdayCalendar calendar;
  private final Language language;
  /** What the built-in rules read instead of the licence, when the context was prepared. */
  @Nullable private final Evaluation evaluation;

  private EvaluationContext(Builder b) {
    this.license = Objects.requireNonNull(b.license, "license");
    this.facts = Objects.requireNonNull(b.facts, "facts");
    this.asOf = Objects.requireNonNull(b.asOf, "asOf");
    this.calendar = b.calendar;
    this.language = b.language;
    this.evaluation = b.analysis != null && b.analysis.license() == license
        ? new Evaluation(b.analysis, facts) : null;
  }

  /** Chinese messages and the official calendar. */
  public static EvaluationContext of(License license, OperatingFacts facts, LocalDate asOf) {
    return builder().license(license).facts(facts).asOf(asOf).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this context's values, to change one of them. */
  public Builder toBuilder() {
    Builder b = builder().license(license).facts(facts).asOf(asOf).calendar(calendar).language(language);
    // The licence analysis stays valid as long as the licence does; the builder drops it otherwise.
    return evaluation == null ? b : b.prepared(evaluation.analysis());
  }

  public License license() {
    return license;
  }

  public OperatingFacts facts() {
    return facts;
  }

  /** 评估日期 — the date the licence and facts are judged at. */
  public LocalDate asOf() {
    return asOf;
  }

  public WorkdayCalendar calendar() {
    return calendar;
  }

  public Language language() {
    return language;
  }

  /** The prepared licence analysis joined with these facts; {@code null} when not prepared. */
  @Nullable
  Evaluation evaluation() {
    return evaluation;
  }

  /** Collects a context; license, facts and asOf are required. */
  public static final class Builder {
    @Nullable private License license;
    @Nullable private OperatingFacts facts;
    @Nullable private LocalDate asOf;
    private WorkdayCalendar calendar = WorkdayCalendar.official();
    private Language language = Language.ZH;
    @Nullable private LicenseAnalysis analysis;

    private Builder() {}

    /** The analysis of the licence, read by the built-in rules; ignored for another licence. */
    Builder prepared(LicenseAnalysis analysis) {
      this.analysis = analysis;
      return this;
    }

    public Builder license(License license) {
      this.license = Objects.requireNonNull(license, "license");
      return this;
    }

    public Builder facts(OperatingFacts facts) {
      this.facts = Objects.requireNonNull(facts, "facts");
      return this;
    }

    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /** Defaults to {@link WorkdayCalendar#official()}. */
    public Builder calendar(WorkdayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** Defaults to {@link Language#ZH}. */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    public EvaluationContext build() {
      return new EvaluationContext(this);
    }
  }
}
