package dev.telelicense.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** What one rule found for one provision of one licence. */
@Value.Immutable
public abstract class Finding {

  // Package-private: only the generated ImmutableFinding extends this class.
  Finding() {}

  /**
   * The rule's stable id, e.g. {@code renewal.applied-90-days-ahead}: the same in every language and
   * release, for filtering and for comparing reports.
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * The provision as numbered in this licence: {@code 十二}, {@code 十五（八）}.
   *
   * @return the citation; empty when the finding is about no one provision ({@code license.in-force})
   */
  public abstract Optional<String> provision();

  /**
   * The stable id of the obligation this finding is about, in the provision catalogue
   * (特别规定事项目录): {@code annual-report}, {@code security-assessment}. A rule's finding names the
   * obligation it judges, also when the licence text holds no provision stating it; an attestation's
   * names the first obligation of the provision's text.
   *
   * @return the catalogue id; empty when the catalogue knows no obligation of it
   */
  public abstract Optional<String> provisionId();

  /**
   * The obligation's short title in the report's language: {@code 经营许可证年报},
   * {@code Annual licence report}; for provision text the catalogue does not know, a note saying so.
   *
   * @return the title; empty when the finding is about no provision
   */
  public abstract Optional<String> title();

  /**
   * 符合、不符合、不适用、未审查 — the verdict. NOT_REVIEWED whenever the licence text or the facts do not
   * let the rule judge: never PASS for what nobody read or showed.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Why, in the language asked for: what was found, and for a failure what to do.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The deadline that applies next, when there is one.
   *
   * @return the last day to act, or empty when no deadline applies
   */
  public abstract Optional<LocalDate> due();

  /**
   * What the judgement rests on: {@link Basis#ATTESTATION} when on a signed statement, else
   * {@link Basis#FACTS}. The built-in rules give it on every PASS and FAIL finding, never on
   * NOT_APPLICABLE and NOT_REVIEWED ones; a rule of one's own gives it as it sees fit.
   *
   * @return the basis, when the finding judges compliance
   */
  public abstract Optional<Basis> basis();

  /**
   * A builder, for a rule of one's own: rule, status and message are needed.
   *
   * @return a new builder
   */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
