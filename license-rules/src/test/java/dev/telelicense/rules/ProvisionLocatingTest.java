package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.facts;
import static dev.telelicense.rules.Fixtures.only;
import static dev.telelicense.rules.Fixtures.onlyBut;
import static dev.telelicense.rules.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.Provision;
import dev.telelicense.rules.provision.MatchedProvision;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules find their provisions through the provision catalogue, by what they say, however the scan
 * printed it and whatever their number.
 */
class ProvisionLocatingTest {

  @Test
  void scanArtefactsDoNotHideAKeyPhrase() {
    Provision scanned = Provision.builder().number(4).label("四")
        .text("你公司应当 … 对发现的违法信息立即进行处置，并在处置后的 １０ 个 工作日内\n向电信主管部门上报。").build();
    License renumbered = ImmutableLicense.copyOf(SeedLicenses.seed002()).withProvisions(List.of(scanned));
    Finding f = only("illegal-info.reported-in-10-workdays", renumbered,
        facts().illegalInfoDisposals(List.of()).build(), d("2026-11-22"));
    assertEquals(Optional.of("四"), f.provision());
    assertEquals(Status.PASS, f.status());
  }

  @Test
  void theInformationChangeClauseIsNotTheEntityChangeOrCancellationClause() {
    LicenseAnalysis a = new LicenseAnalysis(SeedLicenses.seed002());
    assertEquals(List.of("十二"), citations(a, "info-change.reported-in-30-days"));
    assertEquals(List.of("十一"), citations(a, "entity-change.applied-in-30-days"));
    assertEquals(List.of("十二"), citations(a, "renewal.applied-90-days-ahead"));
  }

  @Test
  void theHeadingOfAnItemListNamesItsService() {
    License l = SeedLicenses.seed003();
    List<MatchedProvision> all = ProvisionMatcher.standard().match(l).all();
    assertEquals("B21", section(all, l.provisions().get(14).items().get(0)));
    assertEquals("B25", section(all, l.provisions().get(15).items().get(0)));
    LicenseAnalysis a = new LicenseAnalysis(l);
    assertTrue(a.entries().stream().filter(e -> e.provision() == l.provisions().get(14).items().get(0))
        .allMatch(e -> e.scopes().stream().anyMatch(s -> s.service().key().equals("B21"))));
  }

  @Test
  void everyRuleFindsItsProvisionThroughTheCatalogue() {
    for (Rule r : Rulebook.standard().rules()) {
      if (r instanceof ProvisionRule p) {
        assertTrue(!p.obligations().isEmpty(), r.id());
        p.obligations().forEach(o -> assertTrue(o.judgedBy().contains(r.id()), o.id()));
      }
    }
  }

  private static List<String> citations(LicenseAnalysis a, String ruleId) {
    return a.judgedBy(ruleId).stream().map(LicenseAnalysis.Entry::citation).toList();
  }

  private static String section(List<MatchedProvision> all, Provision item) {
    return all.stream().filter(m -> m.provision() == item).findFirst().orElseThrow()
        .section().orElseThrow().key();
  }

  @Test
  void aNationwideLicenceAcceptsServersInAnyProvince() {
    License miit = ImmutableLicense.copyOf(SeedLicenses.seed003()).withNumber(LicenseNumber.parse("B2-20090028"));
    assertEquals(Status.PASS, onlyBut("二", "facilities.within-coverage", miit,
        facts().websites(List.of(site("serve24h.com", true, "上海市浦东新区"))).build(), d("2026-11-22")).status());
    assertEquals(Status.NOT_REVIEWED, onlyBut("二", "facilities.within-coverage", miit,
        facts().websites(List.of(site("serve24h.com", true, "新加坡"))).build(), d("2026-11-22")).status(),
        "a location naming no province is not judged");
  }
}
