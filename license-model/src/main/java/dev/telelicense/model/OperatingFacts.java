package dev.telelicense.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * 经营情况 — what a licensee actually does and has done, as the compliance rules judge it. Every
 * attribute is optional: absent means "not known" (the rule is not reviewed), present — even an empty
 * list — is judged.
 */
@Value.Immutable
public abstract class OperatingFacts {

  // Package-private: only the generated ImmutableOperatingFacts extends this class.
  OperatingFacts() {}

  /**
   * Operated services: catalogue codes, names or aliases ({@code B21}, {@code 信息社区服务}).
   *
   * @return the services operated; empty when not known
   */
  public abstract Optional<List<String>> services();

  /**
   * Operated websites, checked against the appendix and for the licence number on their homepage.
   *
   * @return the websites; empty when not known
   */
  public abstract Optional<List<OperatedWebsite>> websites();

  /**
   * 设施 — where the facilities of the B1 services and the B21 platform stand (IDC machine rooms, CDN
   * nodes, points of presence).
   *
   * @return the facilities; empty when the facts do not say
   */
  public abstract Optional<List<Facility>> facilities();

  /**
   * 年报 — annual reports filed (provision 十四).
   *
   * @return the reports; empty when not known, an empty list when none was filed
   */
  public abstract Optional<List<AnnualReport>> annualReports();

  /**
   * 续办申请 — when renewal was applied for; due 90 days before the licence's 有效期至 (provision 十二).
   *
   * @return the date; empty when not known or not applied for
   */
  public abstract Optional<java.time.LocalDate> renewalAppliedOn();

  /**
   * 经营主体变更 — changes of operating entity or shareholders (provision 十一).
   *
   * @return the changes; empty when not known, an empty list when there were none
   */
  public abstract Optional<List<EntityChange>> entityChanges();

  /**
   * 登记信息变更 — changes of registered information (provision 十二).
   *
   * @return the changes; empty when not known, an empty list when there were none
   */
  public abstract Optional<List<InfoChange>> infoChanges();

  /**
   * 违法信息处置 — illegal information handled (provision 九).
   *
   * @return the disposals; empty when not known, an empty list when there were none
   */
  public abstract Optional<List<IllegalInfoDisposal>> illegalInfoDisposals();

  /**
   * 新技术新业务安全评估 — security assessments of new technology and services.
   *
   * @return the assessments; empty when not known, an empty list when there were none
   */
  public abstract Optional<List<SecurityAssessment>> securityAssessments();

  /**
   * 信息服务业务广告 — advertisements of the information service.
   *
   * @return the advertisements; empty when not known, an empty list when there were none
   */
  public abstract Optional<List<Advertisement>> advertisements();

  /**
   * How many days transaction data is kept; a B21 licence asks for at least one year.
   *
   * @return the days, not negative; empty when not known
   */
  public abstract OptionalInt dataRetentionDays();

  /**
   * Signed statements that a provision is met, for provisions no fact can show.
   *
   * @return the statements; empty when none is given
   */
  public abstract Optional<List<Attestation>> attestations();

  /**
   * A builder for facts: every attribute may be left out, and is then not known.
   *
   * @return a new builder
   */
  public static ImmutableOperatingFacts.Builder builder() {
    return ImmutableOperatingFacts.builder();
  }

  /**
   * Facts that know nothing: every rule that needs a fact is not reviewed.
   *
   * @return facts with every attribute absent
   */
  public static OperatingFacts unknown() {
    return builder().build();
  }

  @Value.Check
  void check() {
    if (dataRetentionDays().isPresent() && dataRetentionDays().getAsInt() < 0) {
      throw new IllegalStateException("dataRetentionDays must not be negative, was "
          + dataRetentionDays().getAsInt());
    }
  }
}
