package dev.telelicense.rules.agenda;

import dev.telelicense.rules.calendar.Deadline;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 义务 — one dated duty of a licence: what must be done, under which rule and provision, in which
 * window, and which fact closes it. An obligation says nothing of the as-of date; the
 * {@link Agenda} judges its {@link ObligationState}.
 *
 * <p>{@link #kind()} and {@link #period()} identify it: the same licence and facts give the same
 * pair run after run, so that a calendar feed can update an event instead of adding a second one.
 */
@Value.Immutable
public abstract class Obligation {

  // Package-private: only the generated ImmutableObligation extends this class.
  Obligation() {}

  /**
   * The id of the rule whose provision sets the duty, e.g. {@code annual-report.filed-in-q1}.
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * A stable name of the duty, lower case with dots and hyphens, e.g. {@code annual-report},
   * {@code illegal-info.report}; a rule of one's own names its own.
   *
   * @return the kind
   */
  public abstract String kind();

  /**
   * Which one of its kind: the year reported on ({@code 2025}), the day of the event
   * ({@code 2026-03-01}), or the expiry date for renewal and expiry.
   *
   * @return the period
   */
  public abstract String period();

  /**
   * The provision as numbered in the licence ({@code 十四}, {@code 十五（八）}); empty when not found.
   *
   * @return the citation, or empty
   */
  public abstract Optional<String> provision();

  /**
   * The stable id of the duty's obligation in the provision catalogue (特别规定事项目录), e.g.
   * {@code annual-report}: the same whatever number the licence gives the provision.
   *
   * @return the catalogue id; empty when the catalogue knows none (the expiry, a rule of one's own)
   */
  public abstract Optional<String> provisionId();

  /**
   * The short title of that obligation in the agenda's language: {@code 经营许可证年报},
   * {@code Annual licence report}.
   *
   * @return the title; empty when the catalogue knows none
   */
  public abstract Optional<String> provisionTitle();

  /**
   * A short name, in the agenda's language: {@code 2025年度经营许可证年报}.
   *
   * @return the summary
   */
  public abstract String summary();

  /**
   * What to do and by when, in the agenda's language, naming the provision.
   *
   * @return e.g. {@code 于2027-01-01至2027-03-31（第一季度）参加经营许可证年报…依据：许可证特别规定事项十四。}
   */
  public abstract String action();

  /**
   * The event that started the period (a decision, a disposal), when there is one.
   *
   * @return the day of the event; empty for a duty the licence's dates or the calendar set (renewal, the
   *     annual report)
   */
  public abstract Optional<LocalDate> event();

  /**
   * The first day of the window, when it has one (1 January for the annual report).
   *
   * @return the first day the duty can be done; empty when it can be done any day up to its due date
   */
  public abstract Optional<LocalDate> opens();

  /**
   * The last day, counted by the rules' {@link dev.telelicense.rules.calendar.Deadlines}; empty for a duty
   * with no end (implement an approved change) or one that cannot be dated (see
   * {@link #undatedBecause()}).
   *
   * @return the deadline, or empty
   */
  public abstract Optional<Deadline> due();

  /**
   * Whether the period counts working days (工作日), so that days left are counted that way too.
   *
   * @return true for a period in working days (10个工作日内), false for one in calendar days
   */
  @Value.Default
  public boolean countsWorkdays() {
    return false;
  }

  /**
   * The fact that closes the duty, as a path in the facts document:
   * {@code annualReports[year=2026].filedOn}, {@code renewalAppliedOn}; empty when no fact does (the
   * expiry: only a renewed licence ends it) or the duty cannot be dated.
   *
   * @return the facts path, or empty
   */
  public abstract Optional<String> closedBy();

  /**
   * The day that fact gives, when the facts give it on or before the as-of date.
   *
   * @return the day the duty was done; empty when not done, or not known to be
   */
  public abstract Optional<LocalDate> doneOn();

  /**
   * Why the duty cannot be dated, in the agenda's language; makes it {@link ObligationState#UNKNOWN}.
   *
   * @return the reason, or empty when the duty is dated
   */
  public abstract Optional<String> undatedBecause();

  /**
   * A builder.
   *
   * @return an empty builder; rule, kind, period, summary and action are required
   */
  public static ImmutableObligation.Builder builder() {
    return ImmutableObligation.builder();
  }

  @Value.Check
  void check() {
    if (rule().isBlank() || kind().isBlank() || period().isBlank()) {
      throw new IllegalStateException("an obligation needs a rule, a kind and a period");
    }
    if (!kind().matches("[a-z0-9][a-z0-9.-]*")) {
      throw new IllegalStateException("an obligation's kind is lower case with dots and hyphens, was " + kind());
    }
    if (opens().isPresent() && due().isPresent() && due().get().earliest().isBefore(opens().get())) {
      throw new IllegalStateException("obligation " + kind() + " " + period() + " is due before it opens");
    }
  }
}
