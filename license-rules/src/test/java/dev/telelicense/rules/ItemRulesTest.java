package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.evaluate;
import static dev.telelicense.rules.Fixtures.facts;
import static dev.telelicense.rules.Fixtures.only;
import static dev.telelicense.rules.Fixtures.onlyBut;
import static dev.telelicense.rules.Fixtures.site;
import static dev.telelicense.rules.Fixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.Advertisement;
import dev.telelicense.model.Attestation;
import dev.telelicense.model.Grant;
import dev.telelicense.model.ImmutableGrant;
import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.SecurityAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lettered items: security assessment, advertising, the B21 items, and attestations. */
class ItemRulesTest {
  private static final LocalDate AS_OF = d("2026-11-22");
  private static final License TAXING = SeedLicenses.seed003();

  private static Map<String, Status> byProvision(List<Finding> findings) {
    return findings.stream().collect(Collectors.toMap(f -> f.provision().orElse(""), Finding::status));
  }

  @Nested
  class SecurityAssessments {
    private static final String ID = "security-assessment.reported-in-30-days";

    static OperatingFacts assessed(String completed, String reported) {
      var b = SecurityAssessment.builder().completedOn(d(completed));
      Optional.ofNullable(reported).map(LocalDate::parse).ifPresent(b::reportedOn);
      return facts().securityAssessments(List.of(b.build())).build();
    }

    @Test
    void theSameItemSitsUnderDifferentNumbers() {
      assertEquals(Optional.of("十五（八）"),
          only(ID, SeedLicenses.seed001(), assessed("2023-06-01", "2023-06-20"), AS_OF).provision());
      // Seed 003 has it for B21 under 十五 and for B25 under 十六: one finding each.
      assertEquals(Map.of("十五（七）", Status.PASS, "十六（八）", Status.PASS),
          byProvision(evaluate(ID, TAXING, assessed("2026-06-01", "2026-06-20"), AS_OF)));
    }

    @Test
    void reportedAfterThirtyDaysFails() {
      // 2026-06-01 + 30 = Wednesday 07-01.
      Finding f = only(ID, SeedLicenses.seed002(), assessed("2026-06-01", "2026-07-02"), AS_OF);
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("2026-07-01"), f.message());
    }

    @Test
    void theB21ItemDoesNotApplyWhenOnlyInformationServicesAreOperated() {
      OperatingFacts facts = facts().from(assessed("2026-06-01", "2026-06-20"))
          .services(List.of("信息发布平台和递送服务")).build();
      assertEquals(Map.of("十五（七）", Status.NOT_APPLICABLE, "十六（八）", Status.PASS),
          byProvision(evaluate(ID, TAXING, facts, AS_OF)));
    }

    @Test
    void isNotReviewedWithoutFactsAndWithoutTheItemOfAGrantedService() {
      assertEquals(Status.NOT_REVIEWED, only(ID, SeedLicenses.seed002(), OperatingFacts.unknown(), AS_OF).status());
      // B25 is granted: its item not read is not reviewed, never "not applicable".
      Finding f = only(ID, without(SeedLicenses.seed002(), t -> t.contains("安全评估")),
          OperatingFacts.unknown(), AS_OF);
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertEquals(Optional.empty(), f.provision());
      assertTrue(f.message().contains("信息服务业务") && f.message().contains("未找到"), f.message());
    }
  }

  @Nested
  class Advertising {
    private static final String ID = "ads.show-name-and-number";

    static OperatingFacts ads(Advertisement... a) {
      return facts().advertisements(List.of(a)).build();
    }

    static Advertisement ad(boolean name, boolean number) {
      return Advertisement.builder().showsCompanyName(name).showsLicenseNumber(number).build();
    }

    @Test
    void passesWhenEveryAdShowsNameAndNumber() {
      Finding f = only(ID, SeedLicenses.seed001(), ads(ad(true, true)), AS_OF);
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of("十五（四）"), f.provision());
      assertEquals(Optional.of("十六（四）"), only(ID, TAXING, ads(ad(true, true)), AS_OF).provision());
    }

    @Test
    void failsNamingWhatIsMissing() {
      Finding f = only(ID, SeedLicenses.seed002(), ads(ad(true, true), ad(true, false)), AS_OF);
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("京B2-20240286") && f.message().contains("第2则"), f.message());
    }

    @Test
    void isNotReviewedForAnUncheckedAdAndNotApplicableWithoutTheItem() {
      assertEquals(Status.NOT_REVIEWED, only(ID, SeedLicenses.seed002(),
          ads(Advertisement.builder().showsCompanyName(true).build()), AS_OF).status());
      assertEquals(Status.NOT_REVIEWED, only(ID, SeedLicenses.seed002(), OperatingFacts.unknown(), AS_OF).status());
      assertEquals(Status.NOT_REVIEWED, only(ID, without(SeedLicenses.seed002(), t -> t.contains("广告")),
          OperatingFacts.unknown(), AS_OF).status());
    }
  }

  @Nested
  class DataRetention {
    private static final String ID = "data.retained-one-year";

    @Test
    void aYearOrMorePassesLessFails() {
      Finding f = only(ID, TAXING, facts().dataRetentionDays(365).build(), AS_OF);
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of("十五（三）"), f.provision());
      Finding short_ = only(ID, TAXING, facts().dataRetentionDays(364).build(), AS_OF);
      assertEquals(Status.FAIL, short_.status());
      assertTrue(short_.message().contains("364"), short_.message());
    }

    @Test
    void isNotReviewedWithoutTheFact() {
      assertEquals(Status.NOT_REVIEWED, only(ID, TAXING, OperatingFacts.unknown(), AS_OF).status());
    }

    @Test
    void isNotApplicableWithoutAB21Grant() {
      assertEquals(Status.NOT_APPLICABLE, only(ID, SeedLicenses.seed002(), facts().dataRetentionDays(30).build(),
          AS_OF).status());
      License noB21 = ImmutableLicense.copyOf(TAXING).withGrants(List.of(TAXING.grants().get(1)));
      Finding f = only(ID, noB21, facts().dataRetentionDays(30).build(), AS_OF);
      assertEquals(Status.NOT_APPLICABLE, f.status());
      assertEquals(Optional.of("十五（三）"), f.provision());
    }
  }

  @Nested
  class Facilities {
    private static final String ID = "facilities.within-coverage";

    static OperatingFacts servers(String... locations) {
      return facts().websites(java.util.Arrays.stream(locations)
          .map(l -> site("serve24h.com", true, l)).toList()).build();
    }

    @Test
    void serversInTheIssuingProvincePass() {
      Finding f = onlyBut("二", ID, TAXING, servers("北京市昌平区北七家镇九厂路中国电信大厦"), AS_OF);
      assertEquals(Status.PASS, f.status());
      assertEquals(Optional.of("十五（四）"), f.provision());
    }

    @Test
    void serversInAnotherProvinceFailNamingTheAddress() {
      Finding f = onlyBut("二", ID, TAXING, servers("北京市昌平区", "上海市浦东新区张江路"), AS_OF);
      assertEquals(Status.FAIL, f.status());
      assertTrue(f.message().contains("上海市浦东新区张江路") && !f.message().contains("昌平"), f.message());
    }

    @Test
    void aLocationNamingNoProvinceIsNotReviewed() {
      Finding f = onlyBut("二", ID, TAXING, servers("阿里云华北2可用区"), AS_OF);
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertTrue(f.message().contains("阿里云华北2可用区"), f.message());
      OperatedWebsite noLocation = OperatedWebsite.builder().domain("serve24h.com").build();
      assertEquals(Status.NOT_REVIEWED, onlyBut("二", ID, TAXING, facts().websites(List.of(noLocation)).build(), AS_OF)
          .status());
    }

    /** {@link #TAXING} with {@code coverage} printed on its B21 grant, or on its other grant. */
    private License withCoverage(String coverage, boolean onB21, String number) {
      List<String> regions = List.of(coverage.split("[、和]"));
      List<Grant> grants = new ArrayList<>(TAXING.grants());
      int g = onB21 ? 0 : 1;
      grants.set(g, ImmutableGrant.copyOf(grants.get(g)).withCoverage(regions));
      return ImmutableLicense.copyOf(TAXING).withNumber(LicenseNumber.parse(number)).withGrants(grants);
    }

    @Test
    void theCoveragePrintedOnTheB21GrantIsWhereServersMayStand() {
      License miit = withCoverage("北京、上海和广东", true, "B2-20090028");
      assertEquals(Status.PASS, onlyBut("二", ID, miit, servers("上海市浦东新区", "广东省深圳市"), AS_OF).status(),
          "a MIIT licence is held to its B21 coverage, not to 全国");
      Finding f = onlyBut("二", ID, miit, servers("上海市浦东新区", "四川省成都市"), AS_OF);
      assertEquals(Status.FAIL, f.status());
      assertEquals("服务器不在业务覆盖范围北京、上海、广东内：serve24h.com（四川省成都市）", f.message());
      assertEquals(Status.PASS, onlyBut("二", ID, withCoverage("全国", true, "京B2-20090028"), servers("上海市"), AS_OF)
          .status(), "a provincial licence whose B21 grant prints 全国");
    }

    @Test
    void aCoverageNamingSomethingElseThanProvincesIsNotReviewed() {
      Finding f = onlyBut("二", ID, withCoverage("北京、华北地区", true, "B2-20090028"), servers("北京市"), AS_OF);
      assertEquals(Status.NOT_REVIEWED, f.status());
      assertEquals("B21业务覆盖范围北京、华北地区中的华北地区不是已知的省、市、自治州、地区或盟，无法判断", f.message());
    }

    @Test
    void theCoverageOfAnotherGrantDoesNotCount() {
      assertEquals(Status.FAIL, onlyBut("二", ID, withCoverage("全国", false, TAXING.number().toString()),
          servers("上海市"), AS_OF).status());
    }

    @Test
    void isNotApplicableWithoutAB21GrantOrItem() {
      License noB21 = ImmutableLicense.copyOf(TAXING).withGrants(List.of(TAXING.grants().get(1)));
      assertEquals(Status.NOT_APPLICABLE, onlyBut("二", ID, noB21, servers("上海市"), AS_OF).status());
      assertTrue(evaluate(ID, SeedLicenses.seed002(), servers("上海市"), AS_OF).stream()
          .allMatch(f -> f.status() == Status.NOT_APPLICABLE), "no B21 item, no B21 grant, no B1 grant");
    }
  }

  @Nested
  class Attestations {
    private static final String ID = "attestation";

    static Attestation attest(String provision) {
      return Attestation.builder().provision(provision).by("张三").on(d("2026-10-01")).build();
    }

    @Test
    void anAttestedProvisionPassesAndAnUnattestedOneIsNotReviewed() {
      Map<String, Status> s = byProvision(evaluate(ID, TAXING,
          facts().attestations(List.of(attest("十"), attest("十五(一)"))).build(), AS_OF));
      assertEquals(Status.PASS, s.get("十"));
      assertEquals(Status.PASS, s.get("十五（一）"), "half-width parentheses cite the same item");
      assertEquals(Status.NOT_REVIEWED, s.get("十三"));
      assertEquals(Status.NOT_REVIEWED, s.get("十六（三）"));
    }

    @Test
    void spacesAndHalfWidthParenthesesInACitationAreReadAway() {
      assertEquals("十五（三）", AttestationRule.normalize(" 十五\u3000(三) "));
      assertEquals("十五（三）", AttestationRule.normalize("十五\u2003（三）"));
    }

    @Test
    void provisionsJudgedByOtherRulesAndHeadingsGetNoAttestationFinding() {
      Map<String, Status> s = byProvision(evaluate(ID, TAXING, OperatingFacts.unknown(), AS_OF));
      for (String covered : List.of("二", "九", "十一", "十二", "十四", "十五", "十六", "十五（三）", "十五（四）",
          "十五（七）", "十六（四）", "十六（八）")) {
        assertTrue(!s.containsKey(covered), covered);
      }
    }

    @Test
    void anItemForAnExcludedServiceIsNotApplicable() {
      // Seed 000 excludes 信息搜索查询服务: （十一）（适用于信息搜索查询服务）.
      Map<String, Status> s = byProvision(evaluate(ID, SeedLicenses.seed000(), OperatingFacts.unknown(), AS_OF));
      assertEquals(Status.NOT_APPLICABLE, s.get("十五（十一）"));
      assertEquals(Status.NOT_APPLICABLE, s.get("十五（十三）"));
      assertEquals(Status.NOT_REVIEWED, s.get("十五（十二）"), "community platforms are granted to seed 000");
      // Seed 001 excludes 信息社区服务, the alias of 信息社区平台服务 that （十三） is scoped to.
      Map<String, Status> s1 = byProvision(evaluate(ID, SeedLicenses.seed001(), OperatingFacts.unknown(), AS_OF));
      assertEquals(Status.NOT_APPLICABLE, s1.get("十五（十三）"));
      assertEquals(Status.NOT_REVIEWED, s1.get("十五（十一）"), "the app-store item of seed 001");
      // The search item is （十一） in seed 000 and （十二） in seed 001: found by its scope, not its number.
      assertEquals(Status.NOT_APPLICABLE, s1.get("十五（十二）"));
    }

    @Test
    void anItemForAServiceNotOperatedIsNotApplicable() {
      OperatingFacts facts = facts().services(List.of("信息发布平台及递送服务"))
          .attestations(List.of(attest("十五（十）"))).build();
      Map<String, Status> s = byProvision(evaluate(ID, SeedLicenses.seed000(), facts, AS_OF));
      assertEquals(Status.PASS, s.get("十五（十）"));
      assertEquals(Status.NOT_APPLICABLE, s.get("十五（十二）"));
    }

    @Test
    void aLicenceWithoutAnyProvisionGetsOneNotReviewedFinding() {
      // Every licence has special provisions: none at all means none were read, never "not applicable".
      License bare = ImmutableLicense.copyOf(SeedLicenses.seed002()).withProvisions(List.of());
      assertEquals(Status.NOT_REVIEWED, only(ID, bare, OperatingFacts.unknown(), AS_OF).status());
    }
  }

  @Test
  void grantsOfTheFixtureAreAsPrinted() {
    // Guards the fixture: seed 003 grants B21 and B25, each listing serve24h.com.
    assertEquals(List.of("在线数据处理与交易处理业务", "信息服务业务"),
        TAXING.grants().stream().map(Grant::name).toList());
  }
}
