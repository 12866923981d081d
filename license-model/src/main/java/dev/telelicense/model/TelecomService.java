package dev.telelicense.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the 电信业务分类目录: a category ({@code B2}), a service ({@code B25 信息服务业务},
 * {@code A11-4 国际通信设施服务业务}) or a named item of a service ({@code 信息搜索查询服务}), which has no
 * code of its own. B25's items also stand under each of the networks it is offered over
 * ({@code 移动网信息服务中的信息搜索查询服务}): such an entry has the item's name and a key of its own.
 */
@Value.Immutable
public abstract class TelecomService {

  // Package-private: only the generated ImmutableTelecomService extends this class.
  TelecomService() {}

  /**
   * 业务代码 — the catalogue code, e.g. {@code B25}.
   *
   * @return the code; empty for a named item, which has none
   */
  public abstract Optional<String> code();

  /**
   * 业务名称 — the catalogue's name, e.g. {@code 信息社区平台服务}.
   *
   * @return the name in the current catalogue
   */
  public abstract String name();

  /**
   * Other names licences use for the same entry, e.g. {@code 信息社区服务}: older catalogues' names and
   * variants, so that an old licence's grant still finds its entry.
   *
   * @return the aliases, possibly none
   */
  public abstract List<String> aliases();

  /**
   * 2003年版目录名称 — the entry's names in the 2003 catalogue, printed on older licences
   * ({@code 因特网数据中心业务} for B11). Only names: the 2003 codes meant other services.
   *
   * @return the former names, none for most entries
   */
  public abstract List<String> formerNames();

  /**
   * The key of the entry this one belongs to: {@code B25} for its items and networks, {@code B2} for
   * B25, {@code 移动网信息服务} for the items under that network.
   *
   * @return the parent's {@link #key()}; empty for a category
   */
  public abstract Optional<String> parentCode();

  /**
   * Whether this is a named item rather than a coded service or category.
   *
   * @return true when the entry has no code
   */
  public boolean isItem() {
    return code().isEmpty();
  }

  /**
   * How documents refer to the entry: the code, or for a named item its name; an item under one of
   * B25's networks is {@code 移动网信息服务中的信息搜索查询服务}.
   *
   * @return the key, unique in the catalogue
   */
  @Value.Default
  public String key() {
    return code().orElse(name());
  }

  /**
   * Whether this is basic telecom (基础电信业务, an A code) rather than value-added (B): an item is what
   * its service is.
   *
   * @return true for A1, A2 and everything under them
   */
  public boolean isBasic() {
    // A named item of a basic service (国内IP电话业务) has no code; its parent's code says.
    return code().or(this::parentCode).filter(c -> c.startsWith("A")).isPresent();
  }

  /**
   * Whether {@code text} is this entry's code, key, name or one of its aliases or former names.
   *
   * @param text a name as written
   * @return true when the entry is called so
   */
  public boolean isCalled(String text) {
    return key().equals(text) || name().equals(text) || aliases().contains(text)
        || formerNames().contains(text);
  }

  /**
   * A builder for a catalogue entry, for a catalogue of your own; the name is needed.
   *
   * @return a new builder
   */
  public static ImmutableTelecomService.Builder builder() {
    return ImmutableTelecomService.builder();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("a catalogue entry needs a name");
    }
  }

  @Override
  public String toString() {
    return code().map(c -> c + " " + name()).orElse(name());
  }
}
