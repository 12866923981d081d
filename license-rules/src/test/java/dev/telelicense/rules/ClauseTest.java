package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.facts;
import static dev.telelicense.rules.Fixtures.only;
import static dev.telelicense.rules.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.Provision;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Provisions are found by what they say, however the scan printed it and whatever their number. */
class ClauseTest {

  @Test
  void scanArtefactsDoNotHideAKeyPhrase() {
    Provision scanned = Provision.builder().number(4).label("四")
        .text("你公司应当 … 对发现的违法信息立即进行处置，并在处置后的 １０ 个 工作日内\n向电信主管部门上报。").build();
    assertTrue(Clause.ILLEGAL_INFO_REPORT.isIn(scanned));
    License renumbered = ImmutableLicense.copyOf(SeedLicenses.seed002()).withProvisions(List.of(scanned));
    Finding f = only("illegal-info.reported-in-10-workdays", renumbered,
        facts().illegalInfoDisposals(List.of()).build(), d("2026-11-22"));
    assertEquals(Optional.of("四"), f.provision());
    assertEquals(Status.PASS, f.status());
  }

  @Test
  void theInformationChangeClauseIsNotTheEntityChangeOrCancellationClause() {
    License l = SeedLicenses.seed002();
    assertEquals(List.of("十二"), Clause.INFO_CHANGE.in(l).stream().map(l::citationOf).toList());
    assertEquals(List.of("十一"), Clause.ENTITY_CHANGE.in(l).stream().map(l::citationOf).toList());
  }

  @Test
  void theHeadingOfAnItemListNamesItsService() {
    License l = SeedLicenses.seed003();
    assertEquals("B21", Clause.serviceOfHeading(l.provisions().get(14)).orElseThrow().key());
    assertEquals("B25", Clause.serviceOfHeading(l.provisions().get(15)).orElseThrow().key());
    assertEquals(Optional.empty(), Clause.serviceOfHeading(l.provisions().get(0)));
  }

  @Test
  void aNationwideLicenceAcceptsServersInAnyProvince() {
    License miit = ImmutableLicense.copyOf(SeedLicenses.seed003()).withNumber(LicenseNumber.parse("B2-20090028"));
    assertEquals(Status.PASS, only("facilities.within-coverage", miit,
        facts().websites(List.of(site("serve24h.com", true, "上海市浦东新区"))).build(), d("2026-11-22")).status());
    assertEquals(Status.NOT_REVIEWED, only("facilities.within-coverage", miit,
        facts().websites(List.of(site("serve24h.com", true, "新加坡"))).build(), d("2026-11-22")).status(),
        "a location naming no province is not judged");
  }
}
