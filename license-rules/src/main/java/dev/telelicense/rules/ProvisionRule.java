package dev.telelicense.rules;

import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule over every provision of the licence that states its {@link Clause}: one finding per such
 * provision, or one NOT_APPLICABLE finding when the licence has none.
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
    License license = ctx.license();
    List<Provision> found = clause.in(license);
    if (found.isEmpty()) {
      return List.of(Finding.builder().rule(id).status(Status.NOT_APPLICABLE)
          .message(ctx.say("本许可证没有关于" + enforces(Language.ZH) + "的规定",
              "the licence has no provision on " + enforces(Language.EN)))
          .build());
    }
    List<Finding> findings = new ArrayList<>(found.size());
    for (Provision p : found) {
      Optional<String> why = Scopes.whyNotApplicable(ctx, p);
      Verdict v = why.isPresent() ? Verdict.of(Status.NOT_APPLICABLE, why.get()) : judge(ctx, p);
      findings.add(Finding.builder().rule(id).provision(license.citationOf(p)).status(v.status())
          .message(v.message()).due(v.due()).build());
    }
    return List.copyOf(findings);
  }

  /** The judgement of one provision that applies. */
  abstract Verdict judge(EvaluationContext ctx, Provision provision);

  @Override
  public String toString() {
    return id;
  }
}
