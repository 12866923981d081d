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

  /**
   * 经营许可证编号 — the licence number, which says who issued the licence and, in most forms, when.
   *
   * @return the number; never an ICP filing number, which is not a licence
   */
  public abstract LicenseNumber number();

  /**
   * 公司名称 — the licensee, as printed.
   *
   * @return the company name, never blank
   */
  public abstract String licensee();

  /**
   * 法定代表人 — the legal representative, as printed (scan spaces between characters removed).
   *
   * @return the name, or empty when the text does not hold it
   */
  public abstract Optional<String> legalRepresentative();

  /**
   * 发证日期 — the day the licence was issued; annual reports are due every year after it.
   *
   * @return the date, or empty when the scan is unreadable (never guessed)
   */
  public abstract Optional<LocalDate> issuedOn();

  /**
   * 有效期至 — the last day the licence is in force; renewal is due 90 days before it.
   *
   * @return the date, or empty when the scan is unreadable (never guessed)
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * 业务种类（服务项目）及覆盖范围 — the granted services, in printed order.
   *
   * @return the grants, each with the appendix's websites for it
   */
  public abstract List<Grant> grants();

  /**
   * 特别规定事项 — the numbered special provisions.
   *
   * @return the provisions in printed order, items nested in theirs
   */
  public abstract List<Provision> provisions();

  /**
   * A copy annotation stamped on this copy (仅供…使用), if any; it limits the copy, never the licence.
   *
   * @return the notice, or empty for an unstamped text
   */
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

  /**
   * A builder for a licence: the number and the licensee are needed, everything else is optional.
   *
   * @return a new builder
   */
  public static ImmutableLicense.Builder builder() {
    return ImmutableLicense.builder();
  }

  /**
   * The licensed region: the issuing province's full name, or {@code 全国} for a MIIT licence.
   *
   * @return e.g. {@code 北京市}, or {@link Province#NATIONWIDE}
   */
  public String region() {
    return number().region();
  }

  /**
   * Whether catalogue entry {@code entry} (a service or one of its named items) is granted and not
   * excluded by any grant, judged on the standard catalogue.
   *
   * @param entry the service or item asked about
   * @return true when some grant allows it
   */
  public boolean grants(TelecomService entry) {
    for (Grant g : grants()) {
      if (g.allows(entry, ServiceCatalog.standard())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The provision a lettered item belongs to: how a finding on an item cites {@code 十五（八）}.
   *
   * @param item an item of one of this licence's provisions
   * @return the provision holding it; empty for a top-level provision or a value not from this licence
   */
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

  /**
   * The full label of a provision or item as cited: {@code 十二}, {@code 十五（八）}.
   *
   * @param provision a provision or item of this licence
   * @return the label, with the provision's label before an item's
   */
  public String citationOf(Provision provision) {
    return provisionContaining(provision).map(p -> p.label() + provision.label())
        .orElse(provision.label());
  }

  /**
   * The grants' websites, each once per grant that lists it.
   *
   * @return the websites in grant order; a site listed under two grants appears twice
   */
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
