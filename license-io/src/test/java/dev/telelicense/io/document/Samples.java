package dev.telelicense.io.document;

import dev.telelicense.model.Advertisement;
import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.Attestation;
import dev.telelicense.model.CopyNotice;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.Facility;
import dev.telelicense.model.Gap;
import dev.telelicense.model.Grant;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.Provision;
import dev.telelicense.model.SecurityAssessment;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.Website;
import dev.telelicense.rules.Basis;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Status;
import java.time.LocalDate;
import java.util.List;

/** Hand-built values shaped like the seed licences. */
final class Samples {
  private Samples() {}

  /** Seed 001: 京B2-20190486, one B25 grant limited to 互联网信息服务, one website, provisions with items. */
  static License seed001() {
    return License.builder()
        .number(LicenseNumber.parse("京B2-20190486"))
        .licensee("北京淘车科技有限公司")
        .legalRepresentative("王剑炜")
        .issuedOn(LocalDate.of(2020, 1, 8))
        .validUntil(LocalDate.of(2024, 3, 6))
        .addGrant(Grant.builder()
            .service(ServiceCatalog.standard().find("B25").orElseThrow())
            .name("信息服务业务")
            .addLimitedTo("互联网信息服务")
            .addExcluding("信息搜索查询服务", "信息社区服务", "信息即时交互服务", "信息保护和加工处理服务")
            .addWebsite(Website.builder()
                .name("淘车二手车")
                .addDomain("etaoche.cn")
                .serverLocation("北京市朝阳区酒仙桥东路1号院5号楼3层")
                .accessProvider("北京世纪互联宽带数据中心有限公司")
                .build())
            .build())
        .addProvision(Provision.builder().number(1).label("一")
            .text("你公司应当按照《中华人民共和国电信条例》、《互联网信息服务管理办法》等法律法规要求，严格执行行业管理规定。")
            .build())
        .addProvision(Provision.builder().number(14).label("十四")
            .text("你公司应当在每年第一季度参加电信主管部门组织的经营许可证年报。").build())
        .addProvision(Provision.builder().number(15).label("十五")
            .text("你公司在经营信息服务业务时应当遵守下列规定：")
            .addItem(Provision.builder().number(4).label("（四）")
                .text("你公司发布信息服务业务广告时，应当公布你公司名称和经营许可证编号。").build())
            .addItem(Provision.builder().number(12).label("（十二）").appliesTo("信息搜索查询服务")
                .text("你公司提供信息搜索查询服务时，不得向用户推送或推荐违法信息。\n第二段：留存记录。").build())
            .build())
        .build();
  }

  /** Two grants (B21 with coverage, B25), a website under both, and a copy notice. */
  static License twoGrants() {
    Website site = Website.builder().name("懂车聚光").addDomain("dongchejuguang.com")
        .addDomain("www.dongchejuguang.com").serverLocation("北京市朝阳区来广营中路甲一号").build();
    return License.builder()
        .number(LicenseNumber.parse("京B2-20240286"))
        .licensee("北京懂车聚光科技有限公司")
        .issuedOn(LocalDate.of(2024, 4, 2))
        .validUntil(LocalDate.of(2029, 4, 2))
        .addGrant(Grant.builder()
            .service(ServiceCatalog.standard().find("B21").orElseThrow())
            .name("在线数据处理与交易处理业务")
            .addLimitedTo("经营类电子商务")
            .addIncluding("网络借贷信息中介类的互联网金融业务")
            .addCoverage("全国")
            .addWebsite(site)
            .build())
        .addGrant(Grant.builder()
            .service(ServiceCatalog.standard().find("信息服务业务").orElseThrow())
            .name("信息服务业务")
            .addLimitedTo("互联网信息服务")
            .addCoverage("北京")
            .addWebsite(site)
            .build())
        .addGrant(Grant.builder()
            .service(ServiceCatalog.standard().find("国内呼叫中心业务").orElseThrow())
            .name("国内呼叫中心业务")
            .addCoverage("上海市", "江苏省")
            .build())
        .addGrant(Grant.builder()
            .service(ServiceCatalog.standard().find("B14").orElseThrow())
            .name("互联网接入服务业务")
            .addCoverage("上海", "北京", "江苏")
            .coverageByArea("上海1直辖市含网站接入，北京、江苏2省（直辖市）不含网站接入")
            .build())
        .addGrant(Grant.builder().name("某种未列入目录的业务").build())
        .addProvision(Provision.builder().number(10).label("十").text("").build())
        .copyNotice(CopyNotice.builder().purpose("懂车聚光首页信息变更")
            .validUntil(LocalDate.of(2024, 3, 27)).build())
        .addGaps(Gap.of(Gap.Kind.NUMBERING_STOPS, "十一至十四"), Gap.of(Gap.Kind.PROVISIONS_MISSING, ""))
        .build();
  }

  static OperatingFacts facts() {
    return OperatingFacts.builder()
        .services(List.of("信息发布平台和递送服务", "B21"))
        .websites(List.of(OperatedWebsite.builder().domain("www.dongchejuguang.com")
            .homepageShowsLicenseNumber(true).serverLocation("北京市朝阳区来广营中路甲一号").build()))
        .facilities(List.of(Facility.builder().service("B11").location("上海市浦东新区张江路1号").build()))
        .annualReports(List.of(AnnualReport.builder().year(2025).filedOn(LocalDate.of(2025, 3, 20)).build(),
            AnnualReport.builder().covers(2025).filedOn(LocalDate.of(2026, 3, 18)).build()))
        .renewalAppliedOn(LocalDate.of(2028, 9, 30))
        .entityChanges(List.of(EntityChange.builder().decidedOn(LocalDate.of(2026, 3, 1))
            .appliedOn(LocalDate.of(2026, 3, 20)).approvedOn(LocalDate.of(2026, 5, 1))
            .implementedOn(LocalDate.of(2026, 5, 10)).build()))
        .infoChanges(List.of(InfoChange.builder().changedOn(LocalDate.of(2026, 4, 1))
            .reportedOn(LocalDate.of(2026, 4, 25)).build()))
        .illegalInfoDisposals(List.of(IllegalInfoDisposal.builder()
            .disposedOn(LocalDate.of(2026, 5, 6)).reportedOn(LocalDate.of(2026, 5, 15)).build()))
        .securityAssessments(List.of(SecurityAssessment.builder()
            .completedOn(LocalDate.of(2026, 6, 1)).reportedOn(LocalDate.of(2026, 6, 20)).build()))
        .advertisements(List.of(Advertisement.builder().showsCompanyName(true)
            .showsLicenseNumber(false).build(), Advertisement.builder().build()))
        .dataRetentionDays(400)
        .attestations(List.of(Attestation.builder().provision("十").by("张三")
            .on(LocalDate.of(2026, 10, 1)).build(), Attestation.builder().provision("十三").by("张三")
            .on(LocalDate.of(2026, 10, 1)).until(LocalDate.of(2027, 9, 30)).build()))
        .build();
  }

  /** Facts that judged some lists empty and know nothing else. */
  static OperatingFacts sparseFacts() {
    return OperatingFacts.builder().annualReports(List.of()).illegalInfoDisposals(List.of())
        .services(List.of("信息社区服务")).build();
  }

  static ComplianceReport report() {
    return ComplianceReport.builder()
        .license("京B2-20240286")
        .asOf(LocalDate.of(2026, 11, 22))
        .addFinding(Finding.builder().rule("renewal.applied-90-days-ahead").provision("十二")
            .provisionId("licence-renewal").title("许可证续办")
            .status(Status.PASS).message("已于2028-09-30申请续办。").due(LocalDate.of(2028, 10, 27))
            .basis(Basis.FACTS).build())
        .addFinding(Finding.builder().rule("attestation").provision("十三")
            .status(Status.PASS).message("张三于2026-10-01承诺遵守第十三项").basis(Basis.ATTESTATION).build())
        .addFinding(Finding.builder().rule("annual-report.first-quarter").provision("十四")
            .status(Status.FAIL).message("2026年年报未在第一季度提交。").build())
        .addFinding(Finding.builder().rule("ads.show-number")
            .status(Status.NOT_REVIEWED).message("No facts about advertisements.").build())
        .build();
  }
}
