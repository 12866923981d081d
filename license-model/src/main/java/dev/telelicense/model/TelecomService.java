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

  /** 业务代码 — {@code B25}; empty for a named item. */
  public abstract Optional<String> code();

  /** 业务名称 — the catalogue's name, e.g. {@code 信息社区平台服务}. */
  public abstract String name();

  /** Other names licences use for the same entry, e.g. {@code 信息社区服务}. */
  public abstract List<String> aliases();

  /** The code of the entry this one belongs to: {@code B25} for its items, {@code B2} for B25. */
  public abstract Optional<String> parentCode();

  /** Whether this is a named item rather than a coded service or category. */
  public boolean isItem() {
    return code().isEmpty();
  }

  /** The code, or for a named item its name: how documents refer to the entry. */
  public String key() {
    return code().orElse(name());
  }

  /** Whether {@code text} is this entry's code, name or one of its aliases. */
  public boolean isCalled(String text) {
    return key().equals(text) || name().equals(text) || aliases().contains(text);
  }

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
