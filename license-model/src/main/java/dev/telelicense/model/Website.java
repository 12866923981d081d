package dev.telelicense.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** 网站 — a website listed in the appendix (附页) under a grant. */
@Value.Immutable
public abstract class Website {

  // Package-private: only the generated ImmutableWebsite extends this class.
  Website() {}

  /** 网站名称. */
  public abstract String name();

  /** 网站域名 — one or more domains, as printed. */
  public abstract List<String> domains();

  /** 服务器放置地 — where the servers stand. */
  public abstract Optional<String> serverLocation();

  /** 网站接入服务提供单位 — the access provider. */
  public abstract Optional<String> accessProvider();

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
