package dev.telelicense.rules;

import dev.telelicense.model.Attestation;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.rules.LicenseAnalysis.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation's view of the facts, joined to the licence's {@link LicenseAnalysis}: the operated
 * services looked up in the catalogue, and the attestations by the citation they name. Built once
 * per evaluation, before any rule runs; immutable.
 */
final class Evaluation {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  private final LicenseAnalysis analysis;
  /** Per operated service named in the facts: its catalogue entry; null when services are not known. */
  @Nullable private final List<Optional<TelecomService>> services;
  /** Per {@link LicenseAnalysis#scopeServices scope service}: whether an operated service touches it. */
  private final Map<TelecomService, Boolean> operated = new HashMap<>();
  /** Normalised citation → the first attestation naming it; null when attestations are not known. */
  @Nullable private final Map<String, Attestation> attested;

  Evaluation(LicenseAnalysis analysis, OperatingFacts facts) {
    this.analysis = analysis;
    this.services = facts.services()
        .map(names -> names.stream().map(CATALOG::find).toList()).orElse(null);
    if (services != null) {
      for (TelecomService scope : analysis.scopeServices()) {
        operated.put(scope, services.stream().flatMap(Optional::stream)
            .anyMatch(e -> CATALOG.overlaps(e, scope)));
      }
    }
    if (facts.attestations().isPresent()) {
      attested = new HashMap<>();
      for (Attestation a : facts.attestations().get()) {
        attested.putIfAbsent(AttestationRule.normalize(a.provision()), a);
      }
    } else {
      attested = null;
    }
  }

  /** The context's own evaluation when it was prepared, else one worked out now. */
  static Evaluation of(EvaluationContext ctx) {
    Evaluation e = ctx.evaluation();
    return e != null ? e : new Evaluation(new LicenseAnalysis(ctx.license()), ctx.facts());
  }

  LicenseAnalysis analysis() {
    return analysis;
  }

  /**
   * The operated services named in the facts, each as its catalogue entry (empty when the catalogue
   * has none); empty when the facts do not say.
   */
  Optional<List<Optional<TelecomService>>> services() {
    return Optional.ofNullable(services);
  }

  /**
   * Why an entry with these scopes does not bind the licensee: a scope the licence does not grant,
   * or one that is not operated (when the facts say what is). {@code null} when it binds.
   */
  @Nullable
  String whyNotApplicable(List<Scope> scopes, Language lang) {
    for (Scope s : scopes) {
      if (!s.granted()) {
        return Messages.format(lang, "scope.not-granted", Messages.service(lang, s.service(), s.printed()));
      }
      if (services != null && !operates(s.service())) {
        return Messages.format(lang, "scope.not-operated", Messages.service(lang, s.service(), s.printed()));
      }
    }
    return null;
  }

  /**
   * Whether an operated service lies inside or around {@code scope}: worked out beforehand for the
   * services entries are scoped by, now for others (a service whose provision was not found).
   */
  private boolean operates(TelecomService scope) {
    Boolean known = operated.get(scope);
    return known != null ? known : services.stream().flatMap(Optional::stream)
        .anyMatch(e -> CATALOG.overlaps(e, scope));
  }

  /** Whether attestations are known at all. */
  boolean attestationsKnown() {
    return attested != null;
  }

  /** The first attestation naming this normalised citation, if any. */
  Optional<Attestation> attestation(String normalizedCitation) {
    return attested == null ? Optional.empty() : Optional.ofNullable(attested.get(normalizedCitation));
  }
}
