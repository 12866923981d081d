package dev.telelicense.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the 电信业务分类目录: a category ({@code B2}), a service ({@code B25 信息服务业务}) or a
 * named item of a service ({@code 信息搜索查询服务}), which has no code of its own.
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
   * The code of the entry this one belongs to: {@code B25} for its items, {@code B2} for B25.
   *
   * @return the parent's code; empty for a category
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
   * The code, or for a named item its name: how documents refer to the entry.
   *
   * @return {@code B25}, or {@code 信息搜索查询服务} for an item
   */
  public String key() {
    return code().orElse(name());
  }

  /**
   * Whether {@code text} is this entry's code, name or one of its aliases, exactly; for a lookup that
   * tolerates full-width letters and spaces use {@link ServiceCatalog#find(CharSequence)}.
   *
   * @param text a code, name or alias
   * @return true when {@code text} names this entry
   */
  public boolean isCalled(String text) {
    return key().equals(text) || name().equals(text) || aliases().contains(text);
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
