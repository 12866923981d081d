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

  /**
   * Position in its list, from 1: the provision's place among the provisions, or the item's among its
   * provision's items. The label, not this, is what a finding cites.
   *
   * @return 1 or more
   */
  public abstract int number();

  /**
   * The label as numbered in the licence: {@code 十二} for a provision, {@code （八）} for an item.
   *
   * @return the label, never blank
   */
  public abstract String label();

  /**
   * The text, without its label or scope; unnumbered paragraphs joined with {@code \n}.
   *
   * @return the text as read, never null
   */
  public abstract String text();

  /**
   * 适用于 — the service an item is scoped to, as printed ({@code 信息搜索查询服务}): the item binds only
   * where that service is operated.
   *
   * @return the service as printed, or empty for an item that binds every operation
   */
  public abstract Optional<String> appliesTo();

  /**
   * 事项 — the lettered items of a provision.
   *
   * @return the items in printed order; empty for an item and for a provision without items
   */
  public abstract List<Provision> items();

  /**
   * A builder for a provision or an item: number, label and text are needed.
   *
   * @return a new builder
   */
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
