package dev.telelicense.rules;

import dev.telelicense.rules.provision.CatalogEntry;
import java.util.Optional;

/**
 * A rule of {@link Rulebook#standard()}. Its metadata is its id, given once to this constructor: a
 * {@link ProvisionRule} finds its provisions through the catalogue entries whose {@code judged-by}
 * names it, and its title, what it enforces and every message it writes are in
 * {@code messages.properties} / {@code messages_zh.properties} under keys starting with the id:
 * {@code <id>.title}, {@code <id>.enforces}, {@code <id>.<message>}.
 */
abstract class BuiltInRule implements Rule {
  private final String id;

  BuiltInRule(String id) {
    this.id = id;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title(Language lang) {
    return Messages.format(lang, id + ".title");
  }

  @Override
  public final String enforces(Language lang) {
    return Messages.format(lang, id + ".enforces");
  }

  /** This rule's message {@code <id>.<key>} in the context's language, with {@code args} filled in. */
  final String say(EvaluationContext ctx, String key, Object... args) {
    return Messages.format(ctx.language(), id + "." + key, args);
  }

  /** A verdict of {@code status} with this rule's message {@code key}. */
  final Verdict verdict(EvaluationContext ctx, Status status, String key, Object... args) {
    return Verdict.of(status, say(ctx, key, args));
  }

  /**
   * A finding of this rule about {@code obligation}: its catalogue id and its title in the context's
   * language; for text the catalogue does not know, no id and a title saying so.
   */
  final ImmutableFinding.Builder finding(EvaluationContext ctx, Optional<CatalogEntry> obligation) {
    ImmutableFinding.Builder b = Finding.builder().rule(id);
    if (obligation.isPresent()) {
      return b.provisionId(obligation.get().id())
          .title(obligation.get().title(ctx.language() == Language.EN));
    }
    return b.title(Messages.format(ctx.language(), "provision.unknown-title"));
  }

  @Override
  public String toString() {
    return id;
  }
}
