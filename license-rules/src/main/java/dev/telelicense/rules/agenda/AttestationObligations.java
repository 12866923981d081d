package dev.telelicense.rules.agenda;

import dev.telelicense.model.Attestation;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.calendar.Deadline;
import dev.telelicense.rules.provision.CatalogEntry;
import dev.telelicense.rules.provision.Citations;
import dev.telelicense.rules.provision.LicenseProvisions;
import dev.telelicense.rules.provision.MatchedProvision;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 承诺续作 — an attestation that carries an end date ({@code until}) holds only until then: the
 * provision it attests must be attested again by that day, or the check no longer passes it. One
 * obligation per such attestation made by the as-of date, naming the provision of this licence it
 * attests; one naming a provision the licence text does not have attests nothing (the check says
 * so) and owes nothing here.
 */
final class AttestationObligations {
  static final String RULE = "attestation";
  static final String KIND = "attestation.renewal";

  private final StandardObligations s;
  /** How many obligations of a period so far: a second attestation of one provision to one day. */
  private final Map<String, Integer> seen = new HashMap<>();

  AttestationObligations(StandardObligations s) {
    this.s = s;
  }

  void addAll() {
    List<Attestation> attestations = s.ctx().facts().attestations().orElse(List.of());
    if (attestations.stream().noneMatch(a -> a.until().isPresent())) {
      return;
    }
    LicenseProvisions provisions = ProvisionMatcher.standard().match(s.ctx().license());
    for (Attestation a : attestations) {
      if (a.until().isEmpty() || !s.happened(a.on())) {
        continue;
      }
      Optional<MatchedProvision> cited = cited(provisions, a.provision());
      if (cited.isEmpty()) {
        continue;
      }
      add(a, a.until().get(), cited.get(), attestations);
    }
  }

  private void add(Attestation a, LocalDate until, MatchedProvision m, List<Attestation> all) {
    boolean en = s.language() == Language.EN;
    String citation = en ? Citations.bilingual(m.citation()) : m.citation();
    String period = m.citation() + "/" + until;
    int n = seen.merge(period, 1, Integer::sum);
    Optional<CatalogEntry> obligation = m.primary();
    s.add(s.base(RULE, KIND, n == 1 ? period : period + "-" + n, Optional.of(m.citation()))
        .provisionId(obligation.map(CatalogEntry::id))
        .provisionTitle(obligation.map(o -> o.title(en)))
        .summary(s.say("attestation.summary", citation, until.toString()))
        .action(s.say("attestation.action", citation, until.toString(), a.by(), a.on().toString()))
        .opens(a.on()).due(Deadline.on(until))
        .closedBy("attestations[provision=" + m.citation() + "]")
        .doneOn(renewedOn(a, until, m.citation(), all))
        .build());
  }

  /**
   * The day of the first later attestation of the same provision, made by the as-of date, that holds
   * beyond {@code until} (or without end): the renewal.
   */
  private Optional<LocalDate> renewedOn(Attestation a, LocalDate until, String citation, List<Attestation> all) {
    String key = Citations.normalize(citation);
    return all.stream()
        .filter(b -> b != a && Citations.normalize(b.provision()).equals(key))
        .filter(b -> b.on().isAfter(a.on()) && s.happened(b.on()))
        .filter(b -> b.until().isEmpty() || b.until().get().isAfter(until))
        .map(Attestation::on).min(LocalDate::compareTo);
  }

  /** The provision or item of the licence an attestation names, however it spaces the parentheses. */
  private static Optional<MatchedProvision> cited(LicenseProvisions provisions, String named) {
    String key = Citations.normalize(named);
    return provisions.all().stream().filter(m -> Citations.normalize(m.citation()).equals(key)).findFirst();
  }
}
