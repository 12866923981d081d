package dev.telelicense.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 增值电信业务经营许可证 — a value-added telecom operating licence: the main page (正文), the appendix
 * (附页) folded into its grants, and the special provisions (特别规定事项).
 */
@Value.Immutable
public abstract class License {

  // Package-private: only the generated ImmutableLicense extends this class.
  License() {}

  /** 经营许可证编号. */
  public abstract LicenseNumber number();

  /** 公司名称 — the licensee. */
  public abstract String licensee();

  /** 法定代表人 — the legal representative. */
  public abstract Optional<String> legalRepresentative();

  /** 发证日期 — empty when the scan is unreadable. */
  public abstract Optional<LocalDate> issuedOn();

  /** 有效期至 — the last day the licence is in force; empty when the scan is unreadable. */
  public abstract Optional<LocalDate> validUntil();

  /** 业务种类（服务项目）及覆盖范围 — the granted services, in printed order. */
  public abstract List<Grant> grants();

  /** 特别规定事项 — the numbered special provisions. */
  public abstract List<Provision> provisions();

  /** A copy annotation stamped on this copy, if any. */
  public abstract Optional<CopyNotice> copyNotice();

  /**
   * 缺漏 — what the text read did not hold that a licence carries (special provisions, their numbers,
   * the appendix), as found when the text was read; empty when nothing is known to be missing.
   *
   * @return the gaps, errors and warnings, in the order found
   */
  public abstract List<Gap> gaps();

  /**
   * Whether a gap makes this licence text incomplete ({@link Gap.Severity#ERROR}): then what nobody
   * read cannot be judged, and the licence is never passed.
   *
   * @return true when some gap is an error
   */
  public boolean isIncomplete() {
    for (Gap g : gaps()) {
      if (g.isError()) {
        return true;
      }
    }
    return false;
  }

  public static ImmutableLicense.Builder builder() {
    return ImmutableLicense.builder();
  }

  /** The licensed region: the issuing province's full name, or {@code 全国} for a MIIT licence. */
  public String region() {
    return number().region();
  }

  /**
   * Whether catalogue entry {@code entry} (a service or one of its named items) is granted and not
   * excluded by any grant.
   */
  public boolean grants(TelecomService entry) {
    for (Grant g : grants()) {
      if (g.allows(entry, ServiceCatalog.standard())) {
        return true;
      }
    }
    return false;
  }

  /** The provision a lettered item belongs to; empty for a top-level provision or a foreign value. */
  public Optional<Provision> provisionContaining(Provision item) {
    for (Provision p : provisions()) {
      for (Provision i : p.items()) {
        if (i == item || i.equals(item)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The full label of a provision or item as cited: {@code 十二}, {@code 十五（八）}. */
  public String citationOf(Provision provision) {
    return provisionContaining(provision).map(p -> p.label() + provision.label())
        .orElse(provision.label());
  }

  /** The grants' websites, each once per grant that lists it. */
  public List<Website> websites() {
    return grants().stream().flatMap(g -> g.websites().stream()).toList();
  }

  @Value.Check
  void check() {
    if (licensee().isBlank()) {
      throw new IllegalStateException("licensee (公司名称) must not be blank");
    }
    if (issuedOn().isPresent() && validUntil().isPresent()
        && issuedOn().get().isAfter(validUntil().get())) {
      throw new IllegalStateException("issuedOn " + issuedOn().get() + " is after validUntil "
          + validUntil().get());
    }
  }
}
