package dev.telelicense.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A website the licensee operates. */
@Value.Immutable
public abstract class OperatedWebsite {

  // Package-private: only the generated ImmutableOperatedWebsite extends this class.
  OperatedWebsite() {}

  /**
   * The host name, e.g. {@code www.dongchejuguang.com}, matched against the domains the licence's appendix
   * lists.
   *
   * @return a valid host name of two labels or more
   */
  public abstract String domain();

  /**
   * Whether the homepage shows the licence number (网站主页标明经营许可证编号).
   *
   * @return true or false as checked; empty when not known, and the rule is then not reviewed
   */
  public abstract Optional<Boolean> homepageShowsLicenseNumber();

  /**
   * 服务器放置地 — where its servers stand, checked against the licence's coverage.
   *
   * @return the place as written, or empty when not known
   */
  public abstract Optional<String> serverLocation();

  /**
   * A builder for an operated website: the domain is needed, the rest is optional.
   *
   * @return a new builder
   */
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
