package dev.telelicense.model;

import java.util.ArrayList;
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
   * The catalogue's coded service ({@code B24}); empty when the printed name is not in the catalogue.
   * A builder given an item gets its service here and the item in {@link #item()}.
   *
   * @return the service, always one with a code
   */
  public abstract Optional<TelecomService> service();

  /**
   * 服务项目 — the named item granted, when the licence grants an item rather than the whole service
   * ({@code 国内呼叫中心业务} of B24, {@code 互联网信息服务} of B25).
   *
   * @return the item, under {@link #service()}
   */
  public abstract Optional<TelecomService> item();

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
   * 业务覆盖范围 — the regions the grant covers, each as printed: {@code 全国}, a province
   * ({@code 江苏省}, {@code 北京}), a city or prefecture ({@code 延边朝鲜族自治州}).
   *
   * @return the regions in printed order; empty when no coverage is printed
   */
  public abstract List<String> coverage();

  /**
   * 业务覆盖范围 as printed, when it gives areas different items
   * ({@code 上海1直辖市含网站接入，北京、江苏2省（直辖市）不含网站接入}): each 含 and 不含 binds only the areas
   * it names, so none is in {@link #including()} or {@link #excluding()}; {@link #coverage()} lists
   * every area.
   *
   * @return the coverage text as printed; empty when the coverage is a plain list of regions
   */
  public abstract Optional<String> coverageByArea();

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
   * What the grant grants: the item when it names one, else the service.
   *
   * @return the catalogue entry granted; empty when the service is not in the catalogue
   */
  public Optional<TelecomService> granted() {
    return item().or(this::service);
  }

  /**
   * Whether this grant covers catalogue entry {@code entry} (the service itself or one of its items)
   * and neither excludes it (by name or alias) nor limits itself to other items. An entry that does
   * not say over which network it is offered ({@code 信息搜索查询服务}) is allowed when it is allowed
   * over one of them: an ICP licence (仅限互联网信息服务) allows it over the internet.
   *
   * @param entry what is operated
   * @param catalog the catalogue the names are looked up in
   * @return true when the grant allows it
   */
  public boolean allows(TelecomService entry, ServiceCatalog catalog) {
    Optional<TelecomService> granted = granted();
    if (granted.isEmpty()) {
      return false;
    }
    List<TelecomService> ways = new ArrayList<>();
    ways.add(entry);
    ways.addAll(catalog.byNetwork(entry));
    return ways.stream().anyMatch(e -> catalog.contains(granted.get(), e) && allowsExactly(e, catalog));
  }

  /** {@link #allows} for an entry taken as it is, not by network. */
  private boolean allowsExactly(TelecomService entry, ServiceCatalog catalog) {
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
    // A limit that is no catalogue entry (经营类电子商务) restricts how, not what.
    return !limitsToItems;
  }

  /** An item given as the service is moved to {@link #item()}, with its coded service in its place. */
  @Value.Check
  Grant check() {
    if (name().isBlank()) {
      throw new IllegalStateException("grant needs a service name");
    }
    if (service().isPresent() && service().get().code().isEmpty()) {
      ServiceCatalog catalog = ServiceCatalog.standard();
      TelecomService item = service().get();
      return ImmutableGrant.builder().from(this).service(catalog.serviceOf(item)).item(item).build();
    }
    if (item().isPresent() && service().isEmpty()) {
      throw new IllegalStateException("an item " + item().get() + " needs its service");
    }
    if (item().isPresent() && !ServiceCatalog.standard().contains(service().get(), item().get())) {
      throw new IllegalStateException(item().get() + " is not an item of " + service().get());
    }
    return this;
  }
}
