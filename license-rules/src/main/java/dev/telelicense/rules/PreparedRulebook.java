package dev.telelicense.rules;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 规则集（已绑定许可证） — a {@link Rulebook} bound to one licence, for checking the same licence
 * against many facts or dates. What depends on the licence alone (which provisions each rule cites,
 * their citations, which items a grant or heading scopes) is worked out once, by
 * {@link Rulebook#prepare}; each evaluation only judges the facts. Gives the same reports as
 * {@link Rulebook#evaluate}. Immutable and thread-safe.
 */
public final class PreparedRulebook {
  private final List<Rule> rules;
  private final LicenseAnalysis analysis;

  PreparedRulebook(List<Rule> rules, License license) {
    this(rules, new LicenseAnalysis(Objects.requireNonNull(license, "license")));
  }

  PreparedRulebook(List<Rule> rules, LicenseAnalysis analysis) {
    this.rules = rules;
    this.analysis = analysis;
  }

  /**
   * The licence this rulebook is bound to.
   *
   * @return the licence given to {@link Rulebook#prepare}
   */
  public License license() {
    return analysis.license();
  }

  /**
   * The rules, in evaluation order.
   *
   * @return the rules, unmodifiable
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Evaluates with Chinese messages and the official calendar.
   *
   * @param facts what the licensee does; what it leaves out is not reviewed
   * @param asOf the date to judge at
   * @return the report, findings in licence order
   */
  public ComplianceReport evaluate(OperatingFacts facts, LocalDate asOf) {
    return evaluate(facts, asOf, Language.ZH, WorkdayCalendar.official());
  }

  /**
   * Evaluates with messages in {@code lang} and the official calendar.
   *
   * @param facts what the licensee does; what it leaves out is not reviewed
   * @param asOf the date to judge at
   * @param lang the language of the findings' messages
   * @return the report, findings in licence order
   */
  public ComplianceReport evaluate(OperatingFacts facts, LocalDate asOf, Language lang) {
    return evaluate(facts, asOf, lang, WorkdayCalendar.official());
  }

  /**
   * Evaluates with messages in {@code lang}, counting working days with {@code calendar}.
   *
   * @param facts what the licensee does; what it leaves out is not reviewed
   * @param asOf the date to judge at
   * @param lang the language of the findings' messages
   * @param calendar the working-day calendar, e.g. one with a notice the library does not ship yet
   * @return the report, findings in licence order
   */
  public ComplianceReport evaluate(OperatingFacts facts, LocalDate asOf, Language lang,
      WorkdayCalendar calendar) {
    return evaluate(EvaluationContext.builder().license(analysis.license()).facts(facts).asOf(asOf)
        .language(lang).calendar(calendar).prepared(analysis).build());
  }

  /**
   * {@link Rulebook#evaluate(EvaluationContext)} for a context about this rulebook's licence (the
   * same instance).
   */
  ComplianceReport evaluate(EvaluationContext ctx) {
    if (ctx.license() != analysis.license()) {
      throw new IllegalArgumentException("the context is about " + ctx.license().number()
          + ", this rulebook about " + analysis.number());
    }
    Evaluation ev = ctx.evaluation();
    if (ev == null || ev.analysis() != analysis) {
      ctx = ctx.toBuilder().prepared(analysis).build();
    }
    List<Finding> findings = new ArrayList<>();
    for (Rule r : rules) {
      findings.addAll(r.evaluate(ctx));
    }
    return ComplianceReport.builder().license(analysis.number()).asOf(ctx.asOf())
        .findings(analysis.inLicenceOrder(findings)).build();
  }

  @Override
  public String toString() {
    return "PreparedRulebook[" + analysis.number() + ", " + rules.size() + " rules]";
  }
}
