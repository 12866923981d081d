package dev.telelicense.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** 网站 — a website listed in the appendix (附页) under a grant. */
@Value.Immutable
public abstract class Website {

  // Package-private: only the generated ImmutableWebsite extends this class.
  Website() {}

  /**
   * 网站名称 — the website's name, as printed.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * 网站域名 — one or more domains, as printed.
   *
   * @return the domains in printed order, at least one, each a valid host name
   */
  public abstract List<String> domains();

  /**
   * 服务器放置地 — where the servers stand.
   *
   * @return the place as printed, or empty when the appendix leaves it out
   */
  public abstract Optional<String> serverLocation();

  /**
   * 网站接入服务提供单位 — the access provider.
   *
   * @return the company as printed, or empty when the appendix leaves it out
   */
  public abstract Optional<String> accessProvider();

  /**
   * A builder for a website: the name and at least one domain are needed.
   *
   * @return a new builder
   */
  public static ImmutableWebsite.Builder builder() {
    return ImmutableWebsite.builder();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("website name must not be blank");
    }
    if (domains().isEmpty()) {
      throw new IllegalStateException("website '" + name() + "' needs at least one domain");
    }
    for (String d : domains()) {
      if (!DomainNames.isValid(d)) {
        throw new IllegalStateException("website '" + name() + "' has an invalid domain '" + d + "'");
      }
    }
  }
}
