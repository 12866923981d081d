package dev.telelicense.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A website the licensee operates. */
@Value.Immutable
public abstract class OperatedWebsite {

  // Package-private: only the generated ImmutableOperatedWebsite extends this class.
  OperatedWebsite() {}

  /** The host name, e.g. {@code www.dongchejuguang.com}. */
  public abstract String domain();

  /** Whether the homepage shows the licence number (网站主页标明经营许可证编号). */
  public abstract Optional<Boolean> homepageShowsLicenseNumber();

  /** 服务器放置地 — where its servers stand. */
  public abstract Optional<String> serverLocation();

  public static ImmutableOperatedWebsite.Builder builder() {
    return ImmutableOperatedWebsite.builder();
  }

  @Value.Check
  void check() {
    if (!DomainNames.isValid(domain())) {
      throw new IllegalStateException("invalid domain '" + domain() + "'");
    }
  }
}
