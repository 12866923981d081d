package dev.telelicense.rules;

import dev.telelicense.model.Attestation;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.TelecomService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One evaluation's view of the facts, joined to the licence's {@link LicenseAnalysis}: the operated
 * services looked up in the catalogue once, whether each service a scope check asks about is
 * operated, and the attestations by the citation they name. Built once per evaluation, before any
 * rule runs, and immutable afterwards.
 */
final class Evaluation {
  private final LicenseAnalysis analysis;
  /** The operated services as catalogue entries ({@code null} where none); null when not known. */
  @Nullable private final TelecomService[] services;
  /** Per {@link LicenseAnalysis#scopeService scope service} index: whether an operated service touches it. */
  @Nullable private final boolean[] operated;
  /** Normalised citation → the first attestation naming it; null when attestations are not known. */
  @Nullable private final Map<String, Attestation> attested;

  Evaluation(LicenseAnalysis analysis, OperatingFacts facts) {
    this.analysis = analysis;
    Optional<List<String>> named = facts.services();
    if (named.isPresent()) {
      List<String> names = named.get();
      services = new TelecomService[names.size()];
      for (int i = 0; i < services.length; i++) {
        services[i] = Catalog.find(names.get(i));
      }
      operated = new boolean[analysis.scopeServiceCount()];
      for (TelecomService e : services) {
        if (e != null) {
          markTouched(analysis, e, operated);
        }
      }
    } else {
      services = null;
      operated = null;
    }
    Optional<List<Attestation>> attestations = facts.attestations();
    if (attestations.isPresent()) {
      attested = new HashMap<>();
      for (Attestation a : attestations.get()) {
        attested.putIfAbsent(AttestationRule.normalize(a.provision()), a);
      }
    } else {
      attested = null;
    }
  }

  /**
   * Marks the scope services {@code operated} lies in or around ({@link Catalog#touches}): its
   * lineage is looked up once here, each scope service's was by the analysis.
   */
  private static void markTouched(LicenseAnalysis analysis, TelecomService operated, boolean[] touched) {
    Lineage lineage = Catalog.lineage(operated);
    for (int s = 0; s < touched.length; s++) {
      if (!touched[s]) {
        touched[s] = Catalog.touches(operated, lineage, analysis.scopeService(s),
            analysis.scopeLineage(s));
      }
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

  /** Whether the facts say which services are operated. */
  boolean servicesKnown() {
    return services != null;
  }

  /** The {@code i}-th operated service in the catalogue; {@code null} when it is not there. */
  @Nullable
  TelecomService service(int i) {
    return services[i];
  }

  /** Whether an operated service lies inside or around scope service {@code index}. */
  boolean operates(int index) {
    return operated[index];
  }

  /** Whether attestations are known at all. */
  boolean attestationsKnown() {
    return attested != null;
  }

  /** The first attestation naming this normalised citation, or {@code null}. */
  @Nullable
  Attestation attestation(String normalizedCitation) {
    return attested.get(normalizedCitation);
  }
}
