package dev.telelicense.rules.agenda;

import dev.telelicense.rules.EvaluationContext;
import java.util.List;

/**
 * A rule that declares dated obligations. A rule of one's own implements this next to
 * {@link dev.telelicense.rules.Rule}, and {@link Agenda#of} lists what it declares with the built-in
 * obligations:
 *
 * <pre>{@code
 * final class ThreatDrill implements Rule, ObligationSource {
 *   public List<Obligation> obligations(EvaluationContext ctx) {
 *     return List.of(Obligation.builder().rule(id()).kind("company.threat-drill").period("2027")
 *         .summary("Threat drill 2027").action("Hold the yearly drill by 30 June")
 *         .due(Deadline.on(LocalDate.of(2027, 6, 30))).closedBy("attestations[provision=十]").build());
 *   }
 *   ...
 * }
 * }</pre>
 *
 * <p>Count periods with {@link dev.telelicense.rules.calendar.Deadlines} on {@code ctx.calendar()}, write
 * texts in {@code ctx.language()}, and read no clock: implementations must be pure and thread-safe.
 */
@FunctionalInterface
public interface ObligationSource {

  /**
   * The obligations of {@code ctx}'s licence and facts, whatever their dates: the agenda chooses
   * what falls within its horizon.
   *
   * @param ctx the licence, facts, as-of date, calendar and language
   * @return the obligations, possibly none
   */
  List<Obligation> obligations(EvaluationContext ctx);
}
