package dev.telelicense.rules.provision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One obligation of the provision catalogue (特别规定事项目录): what licence templates say under one
 * provision or item, whatever number they give it.
 *
 * @param id the stable id, e.g. {@code illegal-info-reporting}; never changes once published
 * @param titleZh the short title in Chinese (标题)
 * @param titleEn the short title in English
 * @param summary what the licensee must do, in English, in our own words
 * @param regulations the regulations the licence text itself names, as printed (may be empty)
 * @param services whom it binds: {@code all}, or catalogue keys (a code such as {@code B25}, or an
 *     item's name such as {@code 信息搜索查询服务})
 * @param judgedBy the ids of the built-in rules that judge it, {@code attestation}, or {@code none} for
 *     a heading or notice that states no duty of its own
 * @param evidence the phrases by which a licence's text is matched to this entry, as written in the
 *     catalogue
 */
public record CatalogEntry(String id, String titleZh, String titleEn, String summary,
    List<String> regulations, List<String> services, List<String> judgedBy, List<String> evidence) {

  /** {@code judgedBy} of an obligation that only an attestation (承诺) shows. */
  public static final String ATTESTATION = "attestation";

  /** {@code judgedBy} of a heading or notice: it states no duty of its own. */
  public static final String NONE = "none";

  /** {@code services} of an obligation every value-added licence carries. */
  public static final String ALL_SERVICES = "all";

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if any component is null
   * @param id the stable id, e.g. {@code illegal-info-reporting}
   * @param titleZh the short title in Chinese (标题)
   * @param titleEn the short title in English
   * @param summary what the licensee must do, in English, in our own words
   * @param regulations the regulations the licence text itself names, as printed (may be empty)
   * @param services whom it binds: {@code all}, or catalogue keys
   * @param judgedBy the ids of the built-in rules that judge it, {@code attestation}, or {@code none} for a
   *     heading or notice that states no duty of its own
   * @param evidence the phrases by which a licence's text is matched to this entry, as written in the
   *     catalogue
   * @throws IllegalArgumentException if the id, a title, the summary, services, judgedBy or evidence
   *     is empty
   */
  public CatalogEntry {
    Objects.requireNonNull(id, "id");
    requireText(id, "id");
    requireText(titleZh, "title.zh of " + id);
    requireText(titleEn, "title.en of " + id);
    requireText(summary, "summary of " + id);
    regulations = List.copyOf(regulations);
    services = requireSome(services, "services of " + id);
    judgedBy = requireSome(judgedBy, "judged-by of " + id);
    evidence = requireSome(evidence, "evidence of " + id);
  }

  /**
   * The title in one language.
   *
   * @param english {@code true} for English, {@code false} for Chinese
   * @return the short title
   */
  public String title(boolean english) {
    return english ? titleEn : titleZh;
  }

  /**
   * Whether only an attestation shows that this obligation is kept.
   *
   * @return {@code true} when {@code judgedBy} is {@code attestation}
   */
  public boolean isAttested() {
    return judgedBy.contains(ATTESTATION);
  }

  /**
   * Whether this is a heading or a notice rather than a duty.
   *
   * @return {@code true} when {@code judgedBy} is {@code none}
   */
  public boolean statesNoDuty() {
    return judgedBy.contains(NONE);
  }

  /**
   * The first regulation the licence text names, if any.
   *
   * @return the regulation as printed, e.g. {@code 《通信网络安全防护管理办法》（工业和信息化部令第11号）}
   */
  public Optional<String> regulation() {
    return regulations.isEmpty() ? Optional.empty() : Optional.of(regulations.get(0));
  }

  private static void requireText(String value, String what) {
    if (Objects.requireNonNull(value, what).isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  private static List<String> requireSome(List<String> values, String what) {
    List<String> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return copy;
  }
}
