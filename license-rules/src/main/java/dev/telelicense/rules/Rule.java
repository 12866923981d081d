package dev.telelicense.rules;

import java.util.List;
import java.util.function.Predicate;

/**
 * 合规规则 — one obligation of the special provisions (特别规定事项), judged over an
 * {@link EvaluationContext}. Implementations must be pure and thread-safe: the same context always
 * gives the same findings, whatever thread asks.
 */
public interface Rule extends Predicate<EvaluationContext> {

  /** Stable id, e.g. {@code renewal.applied-90-days-ahead}. */
  String id();

  /** A short title. */
  String title(Language lang);

  /** What the rule enforces, e.g. the provision {@code 十二} or "the item on 新技术新业务安全评估". */
  String enforces(Language lang);

  /** The findings for this licence, facts and date: one per provision the rule finds, at least one. */
  List<Finding> evaluate(EvaluationContext ctx);

  /**
   * Whether the licensee complies: every finding is {@link Status#PASS} or
   * {@link Status#NOT_APPLICABLE}. A {@link Status#NOT_REVIEWED} finding makes this false — what
   * nobody has shown is not taken as met — so {@code rule.negate()} means "failed or not shown", not
   * "failed".
   */
  @Override
  default boolean test(EvaluationContext ctx) {
    return evaluate(ctx).stream()
        .allMatch(f -> f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE);
  }
}
