package dev.telelicense.rules;

import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.rules.LicenseAnalysis.Entry;
import dev.telelicense.rules.LicenseAnalysis.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule over every provision of the licence that states its {@link Clause}: one finding per such
 * provision. The provisions, their citations and scopes come from the licence's
 * {@link LicenseAnalysis}, worked out once per licence.
 *
 * <p>Where the licence text holds no such provision, what decides is the law and the grants, never the
 * text not found: a duty of every licence is judged from the facts all the same, citing no provision
 * and saying that its text was not found; a clause of a service's own provision does not apply when
 * the service is not granted (or not operated), and is not reviewed when it is.
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
      return List.of(notFound(ctx, ev));
    }
    List<Finding> findings = new ArrayList<>(found.size());
    for (Entry entry : found) {
      String why = ev.whyNotApplicable(entry.scopes(), ctx.language());
      Verdict v = why != null ? Verdict.of(Status.NOT_APPLICABLE, why) : judgeNow(ctx, ev);
      findings.add(Finding.builder().rule(id()).provision(entry.citation()).status(v.status())
          .message(v.message()).due(v.due()).basis(v.basis()).build());
    }
    return List.copyOf(findings);
  }

  /** The one finding when the licence text holds no provision stating the clause. */
  private Finding notFound(EvaluationContext ctx, Evaluation ev) {
    if (clause.services().isEmpty()) {
      Verdict v = judgeNow(ctx, ev);
      return Finding.builder().rule(id()).status(v.status()).due(v.due()).basis(v.basis())
          .message(Messages.format(ctx.language(), "provision.not-found", v.message(),
              enforces(ctx.language())))
          .build();
    }
    String why = null;
    for (String code : clause.services()) {
      Optional<TelecomService> service = ServiceCatalog.standard().byCode(code);
      if (service.isEmpty()) {
        continue;
      }
      Scope scope = new Scope(service.get(), service.get().name(), ev.analysis().grants(service.get()));
      String whyNot = ev.whyNotApplicable(List.of(scope), ctx.language());
      if (whyNot == null) {
        return Finding.builder().rule(id()).status(Status.NOT_REVIEWED)
            .message(Messages.format(ctx.language(), "provision.service-not-found", service.get().name(),
                enforces(ctx.language())))
            .build();
      }
      why = why == null ? whyNot : why;
    }
    return Finding.builder().rule(id()).status(Status.NOT_APPLICABLE)
        .message(why != null ? why : Messages.format(ctx.language(), "provision.none",
            enforces(ctx.language())))
        .build();
  }

  /** {@link #judge}, unless a fact it rests on is dated after the as-of date. */
  private Verdict judgeNow(EvaluationContext ctx, Evaluation ev) {
    Optional<FutureFacts.Dated> later = laterFact(ctx);
    if (later.isPresent()) {
      return Verdict.of(Status.NOT_REVIEWED, Messages.format(ctx.language(), "facts.after-as-of",
          later.get().fact(), later.get().on(), ctx.asOf()));
    }
    return judge(ctx, ev);
  }

  /**
   * A fact this rule rests on that is dated after the as-of date: it has not happened as of that day,
   * so the rule does not judge. None by default.
   *
   * @param ctx the facts and the date
   * @return the first such fact, if any
   */
  Optional<FutureFacts.Dated> laterFact(EvaluationContext ctx) {
    return Optional.empty();
  }

  /** The judgement of a provision that applies; {@code ev} holds what was worked out beforehand. */
  abstract Verdict judge(EvaluationContext ctx, Evaluation ev);
}
