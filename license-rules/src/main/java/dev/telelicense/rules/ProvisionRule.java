package dev.telelicense.rules;

import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A rule over every provision of the licence that states its {@link Clause}: one finding per such
 * provision, or one NOT_APPLICABLE finding when the licence has none. The provisions, their
 * citations and scopes come from the licence's {@link LicenseAnalysis}, worked out once per licence.
 */
abstract class ProvisionRule implements Rule {
  private final String id;
  private final Clause clause;

  ProvisionRule(String id, Clause clause) {
    this.id = id;
    this.clause = clause;
  }

  @Override
  public final String id() {
    return id;
  }

  final Clause clause() {
    return clause;
  }

  @Override
  public final List<Finding> evaluate(EvaluationContext ctx) {
    Evaluation ev = Evaluation.of(ctx);
    LicenseAnalysis analysis = ev.analysis();
    int[] found = analysis.stating(clause);
    if (found.length == 0) {
      return List.of(Finding.builder().rule(id).status(Status.NOT_APPLICABLE)
          .message(ctx.language() == Language.EN ? "the licence has no provision on " + enforces(Language.EN)
              : "本许可证没有关于" + enforces(Language.ZH) + "的规定")
          .build());
    }
    List<Finding> findings = new ArrayList<>(found.length);
    for (int entry : found) {
      String why = analysis.whyNotApplicable(entry, ev, ctx.language());
      Verdict v = why != null ? Verdict.of(Status.NOT_APPLICABLE, why)
          : judge(ctx, ev, analysis.provision(entry));
      findings.add(Finding.builder().rule(id).provision(analysis.citation(entry)).status(v.status())
          .message(v.message()).due(v.due()).build());
    }
    // Nobody else holds the list: a read-only view is as immutable as a copy.
    return Collections.unmodifiableList(findings);
  }

  /** The judgement of one provision that applies; {@code ev} holds what was worked out beforehand. */
  abstract Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision);

  @Override
  public String toString() {
    return id;
  }
}
