package dev.telelicense.rules;

import dev.telelicense.model.Provision;
import dev.telelicense.rules.LicenseAnalysis.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule over every provision of the licence that states its {@link Clause}: one finding per such
 * provision, or one NOT_APPLICABLE finding when the licence has none. The provisions, their
 * citations and scopes come from the licence's {@link LicenseAnalysis}, worked out once per licence.
 */
abstract class ProvisionRule extends BuiltInRule {
  private final Clause clause;

  ProvisionRule(String id, Clause clause) {
    super(id);
    this.clause = clause;
  }

  final Clause clause() {
    return clause;
  }

  @Override
  public final List<Finding> evaluate(EvaluationContext ctx) {
    Evaluation ev = Evaluation.of(ctx);
    List<Entry> found = ev.analysis().stating(clause);
    if (found.isEmpty()) {
      return List.of(Finding.builder().rule(id()).status(Status.NOT_APPLICABLE)
          .message(Messages.format(ctx.language(), "provision.none", enforces(ctx.language()))).build());
    }
    List<Finding> findings = new ArrayList<>(found.size());
    for (Entry entry : found) {
      String why = ev.whyNotApplicable(entry.scopes(), ctx.language());
      Verdict v = why != null ? Verdict.of(Status.NOT_APPLICABLE, why) : judge(ctx, ev, entry.provision());
      findings.add(Finding.builder().rule(id()).provision(entry.citation()).status(v.status())
          .message(v.message()).due(v.due()).build());
    }
    return List.copyOf(findings);
  }

  /** The judgement of one provision that applies; {@code ev} holds what was worked out beforehand. */
  abstract Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision);
}
