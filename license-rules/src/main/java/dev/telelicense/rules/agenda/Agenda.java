package dev.telelicense.rules.agenda;

import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rule;
import dev.telelicense.rules.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 合规日程 — what a licensee must do, and by when, as of one date: every obligation that is overdue,
 * or whose window or due date falls within the horizon, sorted by due date.
 *
 * <pre>{@code
 * Agenda agenda = Agenda.of(EvaluationContext.of(license, facts, LocalDate.of(2026, 11, 22)),
 *     Rulebook.standard(), 365);
 * }</pre>
 */
@Value.Immutable
public abstract class Agenda {

  // Package-private: only the generated ImmutableAgenda extends this class.
  Agenda() {}

  /** The default horizon: a year ahead, so that the next annual report is always on it. */
  public static final int DEFAULT_HORIZON_DAYS = 365;

  /**
   * The licence number the agenda is for, canonical form.
   *
   * @return e.g. {@code 京B2-20240286}
   */
  public abstract String license();

  /**
   * The date the agenda is drawn up at: states and days left are as of this day.
   *
   * @return the as-of date, from the caller (the library reads no clock)
   */
  public abstract LocalDate asOf();

  /**
   * How many days after the as-of date the agenda looks ahead.
   *
   * @return the horizon, {@link #DEFAULT_HORIZON_DAYS} unless another was asked for
   */
  public abstract int horizonDays();

  /**
   * The language of the obligations' texts.
   *
   * @return the language the summaries and actions are written in
   */
  public abstract Language language();

  /**
   * The obligations, by due date (those with none last), then kind and period.
   *
   * @return the items; overdue and undatable ones always, the others when they fall within the horizon
   */
  public abstract List<AgendaItem> items();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static ImmutableAgenda.Builder builder() {
    return ImmutableAgenda.builder();
  }

  /**
   * What needs attention within {@code days} of the as-of date: every item overdue, not done and due
   * by then (an unpublished calendar counts by the day the period certainly includes), or that cannot
   * be dated at all. Fail safe: what cannot be dated is never taken as far off. A pipeline fails
   * when this is not empty.
   *
   * @param days how many days ahead, at least 0; only items within the horizon are on the agenda
   * @return the items, in agenda order
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public List<AgendaItem> dueWithin(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative, was " + days);
    }
    LocalDate last = asOf().plusDays(days);
    List<AgendaItem> due = new ArrayList<>();
    for (AgendaItem i : items()) {
      boolean undated = i.obligation().undatedBecause().isPresent();
      boolean soon = i.state() != ObligationState.DONE
          && i.dueOrEarliest().map(d -> !d.isAfter(last)).orElse(false);
      if (i.state() == ObligationState.OVERDUE || soon || undated) {
        due.add(i);
      }
    }
    return List.copyOf(due);
  }

  /**
   * The agenda of {@code ctx}'s licence and facts as of {@code ctx.asOf()}: the built-in obligations
   * and those that {@code rulebook}'s rules of one's own declare ({@link ObligationSource}).
   *
   * @param ctx the licence, facts, as-of date, calendar and language
   * @param rulebook the rules; the built-in ones give the provisions' citations
   * @param horizonDays how many days ahead to look, at least 0
   * @return the agenda
   * @throws IllegalArgumentException if {@code horizonDays} is negative
   */
  public static Agenda of(EvaluationContext ctx, Rulebook rulebook, int horizonDays) {
    Objects.requireNonNull(ctx, "ctx");
    Objects.requireNonNull(rulebook, "rulebook");
    if (horizonDays < 0) {
      throw new IllegalArgumentException("horizon must not be negative, was " + horizonDays);
    }
    List<Obligation> all = new ArrayList<>(StandardObligations.of(ctx, rulebook));
    for (Rule r : rulebook.rules()) {
      if (r instanceof ObligationSource source) {
        all.addAll(source.obligations(ctx));
      }
    }
    LocalDate asOf = ctx.asOf();
    LocalDate last = asOf.plusDays(horizonDays);
    List<AgendaItem> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Obligation o : all) {
      if (!seen.add(o.kind() + '\n' + o.period())) {
        throw new IllegalStateException("two obligations " + o.kind() + " for " + o.period()
            + ": a rule of one's own must give each of its obligations its own kind and period");
      }
      AgendaItem item = judge(o, ctx);
      if (onAgenda(item, asOf, last)) {
        items.add(item);
      }
    }
    items.sort(Comparator.comparing((AgendaItem i) -> i.dueOrEarliest().orElse(LocalDate.MAX))
        .thenComparing(i -> i.obligation().kind()).thenComparing(i -> i.obligation().period()));
    return builder().license(ctx.license().number().toString()).asOf(asOf).horizonDays(horizonDays)
        .language(ctx.language()).items(items).build();
  }

  /** Where {@code o} stands on the as-of date. */
  static AgendaItem judge(Obligation o, EvaluationContext ctx) {
    LocalDate asOf = ctx.asOf();
    ObligationState state;
    OptionalInt left = OptionalInt.empty();
    Optional<LocalDate> due = o.due().flatMap(d -> d.date());
    if (due.isPresent()) {
      left = o.countsWorkdays() ? Workdays.between(asOf, due.get(), ctx.calendar())
          : OptionalInt.of((int) asOf.until(due.get(), java.time.temporal.ChronoUnit.DAYS));
    }
    if (o.doneOn().isPresent()) {
      state = ObligationState.DONE;
    } else if (o.undatedBecause().isPresent() || (o.due().isPresent() && due.isEmpty())) {
      state = ObligationState.UNKNOWN;
    } else if (due.isPresent() && asOf.isAfter(due.get())) {
      state = ObligationState.OVERDUE;
    } else if (o.opens().isPresent() ? asOf.isBefore(o.opens().get()) : o.due().isEmpty()) {
      state = ObligationState.UPCOMING;
    } else {
      state = ObligationState.OPEN;
    }
    return AgendaItem.builder().obligation(o).state(state).daysLeft(left).build();
  }

  /**
   * Whether an item belongs on an agenda that looks ahead to {@code last}: what is overdue or cannot
   * be dated, always; what is open, upcoming or done, when its window opens or its due date falls by
   * {@code last} and it is not done before the as-of date's deadline passed.
   */
  private static boolean onAgenda(AgendaItem item, LocalDate asOf, LocalDate last) {
    Obligation o = item.obligation();
    Optional<LocalDate> due = item.dueOrEarliest();
    switch (item.state()) {
      case OVERDUE -> {
        return true;
      }
      case UNKNOWN -> {
        return due.isEmpty() || !due.get().isAfter(last);
      }
      case DONE -> {
        // Done and still ahead: kept, so that a calendar shows it done rather than forgetting it.
        if (due.isEmpty() || due.get().isBefore(asOf)) {
          return false;
        }
      }
      default -> {
        // OPEN and UPCOMING: on the agenda when they fall within the horizon, below.
      }
    }
    boolean opensInTime = o.opens().isPresent() && !o.opens().get().isAfter(last);
    boolean dueInTime = due.isPresent() && !due.get().isAfter(last);
    return opensInTime || dueInTime || (o.opens().isEmpty() && due.isEmpty());
  }
}
