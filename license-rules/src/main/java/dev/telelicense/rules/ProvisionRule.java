package dev.telelicense.rules;

import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.rules.LicenseAnalysis.Entry;
import dev.telelicense.rules.LicenseAnalysis.Scope;
import dev.telelicense.rules.provision.CatalogEntry;
import dev.telelicense.rules.provision.ProvisionCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule over every provision of the licence that states an obligation it judges: one finding per
 * such provision. Which obligations those are is the provision catalogue's to say (an entry's
 * {@code judged-by} names the rule); the provisions, their citations and scopes come from the
 * licence's {@link LicenseAnalysis}, which matched them to the catalogue once per licence.
 *
 * <p>Where the licence text holds no such provision, what decides is the law and the grants, never the
 * text not found: a duty of every licence is judged from the facts all the same, citing no provision
 * and saying that its text was not found; a clause of a service's own provision does not apply when
 * the service is not granted (or not operated), and is not reviewed when it is.
 */
abstract class ProvisionRule extends BuiltInRule {
  /** The catalogue entries whose {@code judged-by} names this rule, in catalogue order. */
  private final List<CatalogEntry> obligations;
  /**
   * The services (catalogue codes) in whose own provision the templates print those obligations: the
   * rule binds only where one of them is granted (and operated, when the facts say). Empty for the
   * duties every value-added licence carries, which bind whether or not their text was read.
   */
  private final List<String> services;

  /**
   * A rule judging the obligations of the catalogue that name {@code id} in their {@code judged-by}.
   *
   * @throws IllegalStateException if the catalogue has none: the rule could never find its provision
   */
  ProvisionRule(String id) {
    super(id);
    this.obligations = ProvisionCatalog.standard().entries().stream()
        .filter(e -> e.judgedBy().contains(id)).toList();
    if (obligations.isEmpty()) {
      throw new IllegalStateException("no entry of the provision catalogue is judged by " + id);
    }
    boolean everyLicence = obligations.stream()
        .anyMatch(e -> e.services().contains(CatalogEntry.ALL_SERVICES));
    Set<String> codes = new LinkedHashSet<>();
    if (!everyLicence) {
      obligations.forEach(e -> codes.addAll(e.services()));
    }
    this.services = List.copyOf(codes);
  }

  /** The catalogue entries this rule judges, in catalogue order. */
  final List<CatalogEntry> obligations() {
    return obligations;
  }

  @Override
  public final List<Finding> evaluate(EvaluationContext ctx) {
    Evaluation ev = Evaluation.of(ctx);
    List<Entry> found = ev.analysis().judgedBy(id());
    if (found.isEmpty()) {
      return List.of(notFound(ctx, ev));
    }
    List<Finding> findings = new ArrayList<>(found.size());
    for (Entry entry : found) {
      String why = ev.whyNotApplicable(entry.scopes(), ctx.language());
      Verdict v = why != null ? Verdict.of(Status.NOT_APPLICABLE, why) : judgeNow(ctx, ev, entry);
      findings.add(finding(ctx, entry.judgedBy(id())).provision(entry.citation()).status(v.status())
          .message(v.message()).due(v.due()).basis(v.basis()).build());
    }
    return List.copyOf(findings);
  }

  /** The one finding when the licence text holds no provision stating the clause. */
  private Finding notFound(EvaluationContext ctx, Evaluation ev) {
    Optional<CatalogEntry> obligation = Optional.of(obligations.get(0));
    if (services.isEmpty()) {
      Verdict v = judgeNow(ctx, ev, null);
      return finding(ctx, obligation).status(v.status()).due(v.due()).basis(v.basis())
          .message(Messages.format(ctx.language(), "provision.not-found", v.message(),
              enforces(ctx.language())))
          .build();
    }
    String why = null;
    for (String code : services) {
      Optional<TelecomService> service = ServiceCatalog.standard().byCode(code)
          .or(() -> ServiceCatalog.standard().find(code));
      if (service.isEmpty()) {
        continue;
      }
      Scope scope = new Scope(service.get(), service.get().name(), ev.analysis().grants(service.get()));
      String whyNot = ev.whyNotApplicable(List.of(scope), ctx.language());
      if (whyNot == null) {
        return finding(ctx, obligation).status(Status.NOT_REVIEWED)
            .message(Messages.format(ctx.language(), "provision.service-not-found",
                Messages.service(ctx.language(), service.get(), service.get().name()),
                enforces(ctx.language())))
            .build();
      }
      why = why == null ? whyNot : why;
    }
    return finding(ctx, obligation).status(Status.NOT_APPLICABLE)
        .message(why != null ? why : Messages.format(ctx.language(), "provision.none",
            enforces(ctx.language())))
        .build();
  }

  /** {@link #judge}, unless a fact it rests on is dated after the as-of date. */
  private Verdict judgeNow(EvaluationContext ctx, Evaluation ev, @Nullable Entry entry) {
    Optional<FutureFacts.Dated> later = laterFact(ctx);
    if (later.isPresent()) {
      return Verdict.of(Status.NOT_REVIEWED, Messages.format(ctx.language(), "facts.after-as-of",
          later.get().fact(), later.get().on(), ctx.asOf()));
    }
    return judge(ctx, ev, entry);
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

  /**
   * The judgement of {@code entry}, for a rule that judges its obligations differently: by default
   * {@link #judge(EvaluationContext, Evaluation)}, the same for every provision.
   *
   * @param entry the provision judged; null when the licence text holds none
   */
  Verdict judge(EvaluationContext ctx, Evaluation ev, @Nullable Entry entry) {
    return judge(ctx, ev);
  }
}
