package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.facts;
import static dev.telelicense.rules.Fixtures.only;
import static dev.telelicense.rules.Fixtures.site;
import static dev.telelicense.rules.Fixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 许可证有效 and provision 二: licensed services, listed websites, the number on the homepage. */
class ScopeAndWebsiteRulesTest {
  private static final LocalDate AS_OF = d("2026-11-22");
  private static final String BEIJING = "北京市朝阳区来广营中路甲一号";

  @Nested
  class LicenseInForce {
    @Test
    void passesWithinTheValidityAndGivesExpiryAsDue() {
      Finding f = only("license.in-force", SeedLicenses.seed002(), OperatingFacts.unknown(), AS_OF);
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.empty(), f.provision());
      assertEquals(Optional.of(d("2029-01-25")), f.due());
    }

    @Test
    void failsTheDayAfterExpiry() {
      Finding f = only("license.in-force", SeedLicenses.seed001(), OperatingFacts.unknown(), d("2024-03-07"));
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("2024-03-06"), f.message());
    }

    @Test
    void passesOnTheLastDay() {
      assertEquals(Status.PASS, only("license.in-force", SeedLicenses.seed001(), OperatingFacts.unknown(),
          d("2024-03-06")).status());
    }

    @Test
    void failsBeforeIssue() {
      assertEquals(Status.FAIL, only("license.in-force", SeedLicenses.seed002(), OperatingFacts.unknown(),
          d("2024-01-24")).status());
    }

    @Test
    void isNotReviewedWhenTheScanLostTheDates() {
      Finding f = only("license.in-force", SeedLicenses.seed003(), OperatingFacts.unknown(), AS_OF);
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertEquals(Optional.empty(), f.due());
    }
  }

  @Nested
  class ServicesGranted {
    @Test
    void passesForGrantedItemsAndTheWholeService() {
      Finding f = only("scope.services-granted", SeedLicenses.seed002(),
          facts().services(List.of("信息发布平台和递送服务", "B25")).build(), AS_OF);
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of("二"), f.provision());
    }

    @Test
    void theAliasInTheExclusionExcludesTheCatalogueName() {
      // Seed 001 excludes 信息社区服务, the older name of 信息社区平台服务.
      Finding f = only("scope.services-granted", SeedLicenses.seed001(),
          facts().services(List.of("信息发布平台及递送服务", "信息社区平台服务")).build(), AS_OF);
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("信息社区平台服务"), f.message());
      assertTrue(!f.message().contains("信息发布平台及递送服务"), f.message());
    }

    @Test
    void failsForAServiceNotGrantedAtAll() {
      Finding f = only("scope.services-granted", SeedLicenses.seed000(),
          facts().services(List.of("B21")).build(), AS_OF);
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("B21"), f.message());
    }

    @Test
    void isNotReviewedWithoutTheOperatedServicesOrForANameOutsideTheCatalogue() {
      assertEquals(Status.NOT_REVIEWED, only("scope.services-granted", SeedLicenses.seed002(),
          OperatingFacts.unknown(), AS_OF).status());
      Finding f = only("scope.services-granted", SeedLicenses.seed002(),
          facts().services(List.of("短视频服务")).build(), AS_OF);
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertTrue(f.message().contains("短视频服务"), f.message());
    }

    @Test
    void isJudgedWhenTheLicenceTextLacksTheProvision() {
      Finding f = only("scope.services-granted",
          without(SeedLicenses.seed002(), t -> t.contains("变相经营")),
          facts().services(List.of("B25")).build(), AS_OF);
      DeadlineRulesTest.judgedUncited(Status.PASS, f);
    }
  }

  @Nested
  class WebsitesListed {
    @Test
    void subdomainsOfAppendixDomainsAndSecondDomainsOfOneSitePass() {
      Finding f = only("websites.listed", SeedLicenses.seed000(), facts().websites(List.of(
          site("www.yixincars.com", true, BEIJING), site("daikuan.com", true, BEIJING))).build(), AS_OF);
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of("二"), f.provision());
    }

    @Test
    void failsNamingTheUnlistedSite() {
      Finding f = only("websites.listed", SeedLicenses.seed002(), facts().websites(List.of(
          site("www.dongchejuguang.com", true, BEIJING), site("www.dongchedi.com", true, BEIJING))).build(),
          AS_OF);
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("www.dongchedi.com"), f.message());
      assertTrue(!f.message().contains("juguang"), f.message());
    }

    @Test
    void aLookalikeIsNotASubdomain() {
      assertEquals(Status.FAIL, only("websites.listed", SeedLicenses.seed001(), facts().websites(List.of(
          site("fakeetaoche.cn", true, BEIJING))).build(), AS_OF).status());
    }

    @Test
    void isNotReviewedWithoutTheOperatedSitesWithOrWithoutTheProvision() {
      assertEquals(Status.NOT_REVIEWED, only("websites.listed", SeedLicenses.seed002(),
          OperatingFacts.unknown(), AS_OF).status());
      DeadlineRulesTest.judgedUncited(Status.NOT_REVIEWED, only("websites.listed",
          without(SeedLicenses.seed002(), t -> t.contains("变相经营")), OperatingFacts.unknown(), AS_OF));
    }
  }

  @Nested
  class LicenseNumberShown {
    @Test
    void passesWhenEveryHomepageShowsIt() {
      assertEquals(Status.PASS, only("websites.show-license-number", SeedLicenses.seed002(),
          facts().websites(List.of(site("www.dongchejuguang.com", true, BEIJING))).build(), AS_OF).status());
    }

    @Test
    void failsNamingTheSiteAndTheNumber() {
      Finding f = only("websites.show-license-number", SeedLicenses.seed000(), facts().websites(List.of(
          site("yixincars.com", true, BEIJING), site("yixinqiche.com", false, BEIJING))).build(), AS_OF);
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("yixinqiche.com"), f.message());
      assertTrue(f.message().contains("京ICP证150746号"), f.message());
    }

    @Test
    void isNotReviewedWhenASiteWasNotChecked() {
      OperatedWebsite unchecked = OperatedWebsite.builder().domain("dongchejuguang.com").build();
      Finding f = only("websites.show-license-number", SeedLicenses.seed002(),
          facts().websites(List.of(unchecked)).build(), AS_OF);
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertTrue(f.message().contains("dongchejuguang.com"), f.message());
    }

    @Test
    void isJudgedWithoutTheProvision() {
      DeadlineRulesTest.judgedUncited(Status.NOT_REVIEWED, only("websites.show-license-number",
          without(SeedLicenses.seed002(), t -> t.contains("标明经营许可证编号")),
          OperatingFacts.unknown(), AS_OF));
    }
  }
}
