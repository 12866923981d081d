package dev.telelicense.rules;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 规则集 — the rules a licence is checked against. {@link #standard()} holds the built-in rules for
 * the special provisions (特别规定事项); {@link #with(Rule...)} adds a company's own. Immutable.
 */
public final class Rulebook {
  private static final Rulebook STANDARD = new Rulebook(List.of(
      new LicenseCompleteRule(),
      new LicenseInForceRule(),
      new ServicesGrantedRule(),
      new WebsitesListedRule(),
      new LicenseNumberShownRule(),
      new IllegalInfoReportedRule(),
      new EntityChangeRule(),
      new InfoChangeRule(),
      new RenewalRule(),
      new AnnualReportRule(),
      new SecurityAssessmentRule(),
      new AdvertisementRule(),
      new DataRetentionRule(),
      new FacilitiesRule(),
      new AttestationRule()));

  private final List<Rule> rules;

  private Rulebook(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (Rule r : this.rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("two rules with id " + r.id());
      }
    }
  }

  /**
   * The built-in rules: one or more per special provision the library knows how to judge, in the order
   * their findings are written when they cite no provision.
   *
   * @return the shared standard rulebook
   */
  public static Rulebook standard() {
    return STANDARD;
  }

  /**
   * This rulebook with {@code extra} after its rules, e.g. a company's own checks. Rule ids must stay
   * unique.
   *
   * @param extra the rules to add
   * @return a new rulebook; this one is unchanged
   * @throws IllegalArgumentException if two rules would share an id
   * @throws NullPointerException if a rule is null
   */
  public Rulebook with(Rule... extra) {
    List<Rule> all = new ArrayList<>(rules);
    for (Rule r : extra) {
      all.add(Objects.requireNonNull(r, "rule"));
    }
    return new Rulebook(all);
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
   * The rule with this id, if the rulebook has it.
   *
   * @param id a rule id such as {@code renewal.applied-90-days-ahead}
   * @return the rule, or empty when none has that id
   */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * This rulebook bound to {@code license}: what depends on the licence alone is worked out now, once,
   * so that evaluating the licence against many facts or dates is cheap. Rules of one's own
   * ({@link #with}) are evaluated as they are, per call.
   *
   * @param license the licence to bind
   * @return the prepared rulebook
   * @throws NullPointerException if {@code license} is null
   */
  public PreparedRulebook prepare(License license) {
    return new PreparedRulebook(rules, license);
  }

  /**
   * Evaluates with Chinese messages and the official calendar. The licence's provisions are located
   * again on every call, more than half of the work: to check many facts files or dates against one
   * licence, {@link #prepare} it once and evaluate the result.
   *
   * @param license the licence judged
   * @param facts what the licensee does; what it leaves out is not reviewed
   * @param asOf the date to judge at
   * @return the report, findings in licence order
   */
  public ComplianceReport evaluate(License license, OperatingFacts facts, LocalDate asOf) {
    return prepare(license).evaluate(facts, asOf);
  }

  /**
   * Every rule's findings, ordered by the provision they cite as it stands in the licence; findings
   * citing no provision ({@code license.in-force}) come first, citations the licence does not have
   * last; ties keep the rulebook's order.
   *
   * @param ctx the licence, facts, date, calendar and language
   * @return the report
   */
  public ComplianceReport evaluate(EvaluationContext ctx) {
    Evaluation prepared = ctx.evaluation();
    return prepared != null ? new PreparedRulebook(rules, prepared.analysis()).evaluate(ctx)
        : prepare(ctx.license()).evaluate(ctx);
  }

  @Override
  public String toString() {
    return "Rulebook" + Arrays.toString(rules.stream().map(Rule::id).toArray());
  }
}
