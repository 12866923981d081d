package dev.telelicense.model;

import java.util.Optional;
import org.immutables.value.Value;

/** 信息服务业务广告 — an advertisement and what it shows. */
@Value.Immutable
public abstract class Advertisement {

  // Package-private: only the generated ImmutableAdvertisement extends this class.
  Advertisement() {}

  /** Whether it shows the company name (公布你公司名称). */
  public abstract Optional<Boolean> showsCompanyName();

  /** Whether it shows the licence number (经营许可证编号). */
  public abstract Optional<Boolean> showsLicenseNumber();

  public static ImmutableAdvertisement.Builder builder() {
    return ImmutableAdvertisement.builder();
  }
}
