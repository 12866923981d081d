package dev.telelicense.rules;

import java.util.List;

/**
 * 合规规则 — one obligation of the special provisions (特别规定事项), judged over an
 * {@link EvaluationContext}. Implementations must be pure and thread-safe: the same context always
 * gives the same findings, whatever thread asks.
 */
public interface Rule {

  /**
   * The rule's stable id.
   *
   * @return e.g. {@code renewal.applied-90-days-ahead}
   */
  String id();

  /**
   * A short title.
   *
   * @param lang the language to write it in
   * @return the title
   */
  String title(Language lang);

  /**
   * What the rule enforces.
   *
   * @param lang the language to write it in
   * @return e.g. the provision {@code 十二} or "the item on 新技术新业务安全评估"
   */
  String enforces(Language lang);

  /**
   * The findings for this licence, facts and date.
   *
   * @param ctx the licence, facts, date, calendar and language
   * @return one finding per provision the rule finds, at least one
   */
  List<Finding> evaluate(EvaluationContext ctx);
}
