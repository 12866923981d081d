package dev.telelicense.model;

import java.util.Optional;
import org.immutables.value.Value;

/** 信息服务业务广告 — an advertisement and what it shows. */
@Value.Immutable
public abstract class Advertisement {

  // Package-private: only the generated ImmutableAdvertisement extends this class.
  Advertisement() {}

  /**
   * Whether it shows the company name (公布你公司名称), as the B25 provision on advertising asks.
   *
   * @return true or false as checked; empty when not known, and the rule is then not reviewed
   */
  public abstract Optional<Boolean> showsCompanyName();

  /**
   * Whether it shows the licence number (经营许可证编号), as the same provision asks.
   *
   * @return true or false as checked; empty when not known, and the rule is then not reviewed
   */
  public abstract Optional<Boolean> showsLicenseNumber();

  /**
   * A builder for an advertisement; every attribute may be left out (not known).
   *
   * @return a new builder
   */
  public static ImmutableAdvertisement.Builder builder() {
    return ImmutableAdvertisement.builder();
  }
}
