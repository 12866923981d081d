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

  /** Operated services: catalogue codes, names or aliases ({@code B21}, {@code 信息社区服务}). */
  public abstract Optional<List<String>> services();

  /** Operated websites. */
  public abstract Optional<List<OperatedWebsite>> websites();

  /** 年报 — annual reports filed. */
  public abstract Optional<List<AnnualReport>> annualReports();

  /** 续办申请 — when renewal was applied for. */
  public abstract Optional<java.time.LocalDate> renewalAppliedOn();

  /** 经营主体变更 — changes of operating entity or shareholders. */
  public abstract Optional<List<EntityChange>> entityChanges();

  /** 登记信息变更 — changes of registered information. */
  public abstract Optional<List<InfoChange>> infoChanges();

  /** 违法信息处置 — illegal information handled. */
  public abstract Optional<List<IllegalInfoDisposal>> illegalInfoDisposals();

  /** 新技术新业务安全评估 — security assessments of new technology and services. */
  public abstract Optional<List<SecurityAssessment>> securityAssessments();

  /** 信息服务业务广告 — advertisements. */
  public abstract Optional<List<Advertisement>> advertisements();

  /** How many days transaction data is kept. */
  public abstract OptionalInt dataRetentionDays();

  /** Signed statements that a provision is met. */
  public abstract Optional<List<Attestation>> attestations();

  public static ImmutableOperatingFacts.Builder builder() {
    return ImmutableOperatingFacts.builder();
  }

  /** Facts that know nothing: every rule that needs a fact is not reviewed. */
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
