package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.Attestation;
import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.agenda.Agenda;
import dev.telelicense.rules.agenda.AgendaItem;
import dev.telelicense.rules.agenda.Obligation;
import dev.telelicense.rules.agenda.ObligationState;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The agenda names each duty's provision by catalogue id and title in its language, and lists the
 * attestations that end: each must be made again by its end date.
 */
class AgendaProvisionsTest {

  private static Agenda agenda(License license, OperatingFacts facts, String asOf, Language lang) {
    return Agenda.of(EvaluationContext.builder().license(license).facts(facts).asOf(d(asOf)).language(lang)
        .build(), Rulebook.standard(), 3650);
  }

  private static List<Obligation> of(Agenda a, String kind) {
    return a.items().stream().map(AgendaItem::obligation).filter(o -> o.kind().equals(kind)).toList();
  }

  private static Attestation attested(String provision, String on, Optional<String> until) {
    return Attestation.builder().provision(provision).by("张三").on(d(on)).until(until.map(Fixtures::d)).build();
  }

  @Test
  void everyDutyNamesItsProvisionsIdAndTitleInTheAgendasLanguage() {
    Agenda zh = agenda(SeedLicenses.seed002(), ExampleFacts.failing(), "2026-11-22", Language.ZH);
    Agenda en = agenda(SeedLicenses.seed002(), ExampleFacts.failing(), "2026-11-22", Language.EN);
    Obligation report = of(zh, "annual-report").get(0);
    assertEquals(Optional.of("十四"), report.provision());
    assertEquals(Optional.of("annual-report"), report.provisionId());
    assertEquals(Optional.of("经营许可证年报"), report.provisionTitle());
    assertEquals(Optional.of("Annual licence report"), of(en, "annual-report").get(0).provisionTitle());
    assertEquals(Optional.of("licence-renewal"), of(en, "renewal").get(0).provisionId());
    assertEquals(Optional.of("Apply to renew 90 days before expiry"), of(en, "renewal").get(0).provisionTitle());
    assertEquals(Optional.empty(), of(en, "expiry").get(0).provisionTitle(), "the expiry is no provision");
    for (AgendaItem i : en.items()) {
      Obligation o = i.obligation();
      if (!o.kind().equals("expiry")) {
        assertTrue(o.provisionId().isPresent() && o.provisionTitle().isPresent(), o.kind() + " " + o.period());
        assertTrue(o.provisionTitle().get().codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
            == Character.UnicodeScript.HAN), o.provisionTitle().get());
      }
    }
  }

  @Test
  void aDutyWhoseProvisionWasNotReadStillNamesItsObligation() {
    License without = ImmutableLicense.copyOf(SeedLicenses.seed002()).withProvisions(List.of());
    Obligation report = of(agenda(without, ExampleFacts.dongche(), "2026-11-22", Language.EN), "annual-report").get(0);
    assertEquals(Optional.empty(), report.provision());
    assertEquals(Optional.of("annual-report"), report.provisionId());
    assertEquals(Optional.of("Annual licence report"), report.provisionTitle());
  }

  @Test
  void anAttestationWithAnEndIsDueToBeMadeAgainByThen() {
    OperatingFacts f = facts().attestations(List.of(
        attested("十五(三)", "2026-01-10", Optional.of("2026-12-31")),
        attested("十", "2026-01-10", Optional.empty()),
        attested("十三", "2025-01-10", Optional.of("2026-01-09")),
        attested("十三", "2026-01-05", Optional.of("2027-01-04")),
        attested("九十九", "2026-01-10", Optional.of("2026-12-31")))).build();
    Agenda a = agenda(SeedLicenses.seed002(), f, "2026-11-22", Language.EN);
    List<Obligation> renewals = of(a, "attestation.renewal");
    assertEquals(List.of("十三/2027-01-04", "十五（三）/2026-12-31"),
        renewals.stream().map(Obligation::period).sorted().toList(),
        "only attestations with an end, of provisions the licence has; one made again and past, done");
    AgendaItem item = a.items().stream().filter(i -> i.obligation().period().equals("十五（三）/2026-12-31"))
        .findFirst().orElseThrow();
    Obligation o = item.obligation();
    assertEquals("attestation", o.rule());
    assertEquals(Optional.of("十五（三）"), o.provision());
    assertEquals(Optional.of("prohibited-content"), o.provisionId());
    assertEquals(Optional.of("No prohibited content, no misleading users"), o.provisionTitle());
    assertEquals(Optional.of(d("2026-12-31")), item.dueOrEarliest());
    assertEquals(ObligationState.OPEN, item.state());
    assertTrue(o.summary().contains("十五（三） 15(3)"), o.summary());
    assertTrue(o.action().contains("张三") && o.action().contains("2026-12-31"), o.action());
    // The first attestation of 十三 was made again before it ended: done on that day.
    Agenda before = agenda(SeedLicenses.seed002(), f, "2026-01-06", Language.EN);
    AgendaItem renewed = before.items().stream().filter(i -> i.obligation().period().equals("十三/2026-01-09"))
        .findFirst().orElseThrow();
    assertEquals(ObligationState.DONE, renewed.state());
    assertEquals(Optional.of(d("2026-01-05")), renewed.obligation().doneOn());
  }

  @Test
  void anEndedAttestationNotMadeAgainIsOverdueAndOneMadeLaterIsNotYetOnTheAgenda() {
    OperatingFacts f = facts().attestations(List.of(
        attested("十", "2025-01-10", Optional.of("2026-06-30")),
        attested("十三", "2027-01-10", Optional.of("2027-12-31")))).build();
    Agenda a = agenda(SeedLicenses.seed002(), f, "2026-11-22", Language.ZH);
    List<AgendaItem> items = a.items().stream()
        .filter(i -> i.obligation().kind().equals("attestation.renewal")).toList();
    assertEquals(1, items.size(), items.stream().map(i -> i.obligation().period()).collect(Collectors.joining()));
    assertEquals(ObligationState.OVERDUE, items.get(0).state());
    assertEquals("重新承诺遵守第十项（原承诺有效至2026-06-30）", items.get(0).obligation().summary());
  }
}
