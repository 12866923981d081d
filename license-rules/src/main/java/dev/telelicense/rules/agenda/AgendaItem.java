package dev.telelicense.rules.agenda;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** One obligation on an {@link Agenda}, with where it stands on the agenda's as-of date. */
@Value.Immutable
public abstract class AgendaItem {

  // Package-private: only the generated ImmutableAgendaItem extends this class.
  AgendaItem() {}

  /**
   * The obligation: what is due, under which provision, and which fact closes it.
   *
   * @return the obligation, the same whatever the as-of date
   */
  public abstract Obligation obligation();

  /**
   * Where it stands on the as-of date.
   *
   * @return overdue, open, upcoming, done or unknown
   */
  public abstract ObligationState state();

  /**
   * Days from the as-of date to the due date: working days where the duty counts them
   * ({@link Obligation#countsWorkdays()}), else calendar days; negative once overdue, 0 on the day.
   * Empty when there is no due date, or the calendar does not know a year between the two.
   *
   * @return the days left, or empty
   */
  public abstract OptionalInt daysLeft();

  /**
   * The due date when known, else the day the period certainly includes; empty without one.
   *
   * @return the day, or empty
   */
  @Value.Derived
  public Optional<LocalDate> dueOrEarliest() {
    return obligation().due().map(d -> d.date().orElse(d.earliest()));
  }

  /**
   * A builder.
   *
   * @return an empty builder; obligation and state are required
   */
  public static ImmutableAgendaItem.Builder builder() {
    return ImmutableAgendaItem.builder();
  }
}
