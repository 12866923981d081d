package dev.telelicense.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 业务种类（服务项目）及覆盖范围 — one granted service with its limits, exclusions, printed coverage and
 * the websites the appendix lists under it.
 */
@Value.Immutable
public abstract class Grant {

  // Package-private: only the generated ImmutableGrant extends this class.
  Grant() {}

  /**
   * The catalogue entry the printed name reads as, in the current catalogue or as an older name of it.
   *
   * @return the entry; empty when the printed name is not in the catalogue, and then the grant allows nothing
   */
  public abstract Optional<TelecomService> service();

  /**
   * 业务名称 — the service name as printed, e.g. {@code 信息服务业务}.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * 仅限 — what the grant is limited to, as printed ({@code 互联网信息服务}).
   *
   * @return the limits in printed order, empty when there are none
   */
  public abstract List<String> limitedTo();

  /**
   * 不含 — what the grant excludes, as printed (aliases such as {@code 信息社区服务} kept).
   *
   * @return the exclusions in printed order, empty when there are none
   */
  public abstract List<String> excluding();

  /**
   * 含 — what the grant expressly includes, as printed.
   *
   * @return the inclusions in printed order, empty when there are none
   */
  public abstract List<String> including();

  /**
   * 业务覆盖范围 — the coverage, only when printed ({@code 全国}, {@code 北京、上海}).
   *
   * @return the coverage as printed, or empty when the licence prints none for this grant
   */
  public abstract Optional<String> coverage();

  /**
   * 网站 — the websites the appendix (附页) lists under this grant.
   *
   * @return the websites in printed order, empty when the appendix lists none
   */
  public abstract List<Website> websites();

  /**
   * A builder for a grant: the printed name is needed, the rest is optional.
   *
   * @return a new builder
   */
  public static ImmutableGrant.Builder builder() {
    return ImmutableGrant.builder();
  }

  /**
   * Whether this grant covers catalogue entry {@code entry} (the service itself or one of its items)
   * and neither excludes it (by name or alias) nor limits itself to other items.
   *
   * @param entry the service or item asked about
   * @param catalog the catalogue that says what lies under what, usually {@link ServiceCatalog#standard()}
   * @return true when the grant allows operating {@code entry}
   */
  public boolean allows(TelecomService entry, ServiceCatalog catalog) {
    Optional<TelecomService> granted = service();
    if (granted.isEmpty() || !catalog.contains(granted.get(), entry)) {
      return false;
    }
    for (String excluded : excluding()) {
      Optional<TelecomService> e = catalog.find(excluded);
      if (e.isPresent() && catalog.contains(e.get(), entry)) {
        return false;
      }
    }
    boolean limitsToItems = false;
    for (String limit : limitedTo()) {
      Optional<TelecomService> l = catalog.find(limit);
      if (l.isPresent()) {
        limitsToItems = true;
        if (catalog.contains(l.get(), entry)) {
          return true;
        }
      }
    }
    // A limit that is no catalogue entry (互联网信息服务, 经营类电子商务) restricts how, not what.
    return !limitsToItems;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("grant needs a service name");
    }
  }
}
