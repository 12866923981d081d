package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static dev.telelicense.rules.Fixtures.site;

import dev.telelicense.model.Advertisement;
import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.Attestation;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.SecurityAssessment;
import java.util.List;

/**
 * Facts variants for whole-rulebook tests: the full facts of examples/facts/jing-b2-20240286.yaml,
 * built by hand (license-rules cannot read YAML), and facts that break most rules.
 */
final class ExampleFacts {
  private ExampleFacts() {}

  /** examples/facts/jing-b2-20240286.yaml: compliant in everything it shows. */
  static OperatingFacts dongche() {
    return OperatingFacts.builder().services(List.of("信息发布平台和递送服务"))
        .websites(List.of(site("www.dongchejuguang.com", true, "北京市朝阳区来广营中路甲一号朝来高科技产业园18号院12号楼2层")))
        .annualReports(List.of(AnnualReport.builder().year(2025).filedOn(d("2025-03-20")).build(),
            AnnualReport.builder().year(2026).filedOn(d("2026-03-18")).build()))
        .entityChanges(List.of(EntityChange.builder().decidedOn(d("2026-03-01")).appliedOn(d("2026-03-20"))
            .approvedOn(d("2026-05-01")).implementedOn(d("2026-05-10")).build()))
        .infoChanges(List.of(InfoChange.builder().changedOn(d("2026-04-01")).reportedOn(d("2026-04-25")).build()))
        .illegalInfoDisposals(List.of(IllegalInfoDisposal.builder().disposedOn(d("2026-05-06"))
            .reportedOn(d("2026-05-15")).build()))
        .securityAssessments(List.of(SecurityAssessment.builder().completedOn(d("2026-06-01"))
            .reportedOn(d("2026-06-20")).build()))
        .advertisements(List.of(ad(true, true), ad(true, true)))
        .attestations(List.of(attest("十"), attest("十三"), attest("十五（三）"), attest("十五（十）")))
        .build();
  }

  /** Facts that break or leave open most rules: late, unlisted, unlicensed, unknown. */
  static OperatingFacts failing() {
    return OperatingFacts.builder().services(List.of("B21", "信息搜索查询服务", "信息社区服务", "不存在的业务"))
        .websites(List.of(site("www.dongchejuguang.com", false, "上海市浦东新区"),
            OperatedWebsite.builder().domain("unlisted.example.com").build(),
            site("serve24h.com", true, "新加坡"), site("www.etaoche.cn", true, "北京市朝阳区")))
        .annualReports(List.of(AnnualReport.builder().year(2025).filedOn(d("2025-05-20")).build()))
        .renewalAppliedOn(d("2028-12-01"))
        .entityChanges(List.of(EntityChange.builder().decidedOn(d("2026-03-01")).appliedOn(d("2026-04-20"))
                .implementedOn(d("2026-05-10")).build(),
            EntityChange.builder().decidedOn(d("2026-06-01")).approvedOn(d("2026-08-01"))
                .implementedOn(d("2026-07-10")).build(),
            EntityChange.builder().decidedOn(d("2026-12-20")).build()))
        .infoChanges(List.of(InfoChange.builder().changedOn(d("2026-04-01")).reportedOn(d("2026-06-25")).build(),
            InfoChange.builder().changedOn(d("2026-12-10")).build()))
        .illegalInfoDisposals(List.of(IllegalInfoDisposal.builder().disposedOn(d("2026-09-27"))
                .reportedOn(d("2026-10-20")).build(),
            IllegalInfoDisposal.builder().disposedOn(d("2026-12-24")).reportedOn(d("2027-01-08")).build(),
            IllegalInfoDisposal.builder().disposedOn(d("2025-01-20")).build()))
        .securityAssessments(List.of(SecurityAssessment.builder().completedOn(d("2026-06-01")).build()))
        .advertisements(List.of(ad(false, true), ad(true, false), Advertisement.builder().build(), ad(false, false)))
        .dataRetentionDays(200)
        .attestations(List.of(attest("十五 (三)"), attest("十六(十二)"), attest("九十九")))
        .build();
  }

  /** Every list known and empty: nothing happened. */
  static OperatingFacts nothingHappened() {
    return OperatingFacts.builder().services(List.of()).websites(List.of()).annualReports(List.of())
        .entityChanges(List.of()).infoChanges(List.of()).illegalInfoDisposals(List.of())
        .securityAssessments(List.of()).advertisements(List.of()).attestations(List.of())
        .dataRetentionDays(400).build();
  }

  static Advertisement ad(boolean name, boolean number) {
    return Advertisement.builder().showsCompanyName(name).showsLicenseNumber(number).build();
  }

  static Attestation attest(String provision) {
    return Attestation.builder().provision(provision).by("张三").on(d("2026-10-01")).build();
  }
}
