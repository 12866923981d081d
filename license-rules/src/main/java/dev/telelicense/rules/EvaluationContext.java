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

  /**
   * A context with Chinese messages and the official calendar, the common case.
   *
   * @param license the licence judged
   * @param facts what the licensee does; {@link OperatingFacts#unknown()} when nothing is known
   * @param asOf the date to judge at, from the caller: the library reads no clock
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static EvaluationContext of(License license, OperatingFacts facts, LocalDate asOf) {
    return builder().license(license).facts(facts).asOf(asOf).build();
  }

  /**
   * A builder, for another calendar or language than the defaults.
   *
   * @return a new builder with the official calendar and Chinese messages
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this context's values, to change one of them.
   *
   * @return a new builder; a prepared licence analysis is kept as long as the licence is not changed
   */
  public Builder toBuilder() {
    Builder b = builder().license(license).facts(facts).asOf(asOf).calendar(calendar).language(language);
    // The licence analysis stays valid as long as the licence does; the builder drops it otherwise.
    return evaluation == null ? b : b.prepared(evaluation.analysis());
  }

  /**
   * The licence judged.
   *
   * @return the licence
   */
  public License license() {
    return license;
  }

  /**
   * 经营情况 — what the licensee does and has done; what it leaves out is not reviewed, never passed.
   *
   * @return the facts
   */
  public OperatingFacts facts() {
    return facts;
  }

  /**
   * 评估日期 — the date the licence and facts are judged at.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The working-day calendar (工作日) deadlines in working days are counted on.
   *
   * @return the calendar, {@link WorkdayCalendar#official()} unless another was given
   */
  public WorkdayCalendar calendar() {
    return calendar;
  }

  /**
   * The language of the findings' messages.
   *
   * @return the language, {@link Language#ZH} unless another was given
   */
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

    /**
     * Sets the licence judged; required.
     *
     * @param license the licence
     * @return this builder
     * @throws NullPointerException if {@code license} is null
     */
    public Builder license(License license) {
      this.license = Objects.requireNonNull(license, "license");
      return this;
    }

    /**
     * Sets what the licensee does; required, {@link OperatingFacts#unknown()} when nothing is known.
     *
     * @param facts the facts
     * @return this builder
     * @throws NullPointerException if {@code facts} is null
     */
    public Builder facts(OperatingFacts facts) {
      this.facts = Objects.requireNonNull(facts, "facts");
      return this;
    }

    /**
     * Sets the date to judge at; required: the library reads no clock.
     *
     * @param asOf the as-of date
     * @return this builder
     * @throws NullPointerException if {@code asOf} is null
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the working-day calendar; defaults to {@link WorkdayCalendar#official()}.
     *
     * @param calendar the calendar, e.g. one with a year's notice the library does not ship yet
     * @return this builder
     * @throws NullPointerException if {@code calendar} is null
     */
    public Builder calendar(WorkdayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Sets the language of messages; defaults to {@link Language#ZH}.
     *
     * @param language Chinese or English
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws NullPointerException if the licence, the facts or the as-of date was not set
     */
    public EvaluationContext build() {
      return new EvaluationContext(this);
    }
  }
}
