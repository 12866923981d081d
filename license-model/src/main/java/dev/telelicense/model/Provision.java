package dev.telelicense.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 特别规定事项 — one numbered special provision ({@code 十二、…}) or one lettered item of a provision
 * ({@code （八）…}), nested the way the licence nests them.
 */
@Value.Immutable
public abstract class Provision {

  // Package-private: only the generated ImmutableProvision extends this class.
  Provision() {}

  /** Position in its list, from 1. */
  public abstract int number();

  /** The label as numbered in the licence: {@code 十二} for a provision, {@code （八）} for an item. */
  public abstract String label();

  /** The text, without its label or scope; unnumbered paragraphs joined with {@code \n}. */
  public abstract String text();

  /** 适用于 — the service an item is scoped to, as printed ({@code 信息搜索查询服务}). */
  public abstract Optional<String> appliesTo();

  /** 事项 — the lettered items of a provision. */
  public abstract List<Provision> items();

  public static ImmutableProvision.Builder builder() {
    return ImmutableProvision.builder();
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new IllegalStateException("provision number must be at least 1, was " + number());
    }
    if (label().isBlank()) {
      throw new IllegalStateException("provision " + number() + " needs a label");
    }
  }
}
