package dev.telelicense.rules.diff;

import java.util.List;
import java.util.Objects;

/**
 * A website of the appendix (附页) added, removed or changed. Websites are paired by name, else by a
 * domain they share, so that a renamed site or one with a new domain shows as changed.
 *
 * @param kind {@link ChangeKind#ADDED}, {@link ChangeKind#REMOVED} or {@link ChangeKind#CHANGED}
 * @param name the website's name (网站名称), the newer one where it changed
 * @param fields for a changed website, the values that differ; empty otherwise
 */
public record WebsiteChange(ChangeKind kind, String name, List<FieldChange> fields) {

  /**
   * Checks and copies the components.
   *
   * @param kind {@link ChangeKind#ADDED}, {@link ChangeKind#REMOVED} or {@link ChangeKind#CHANGED}
   * @param name the website's name (网站名称), the newer one where it changed
   * @param fields for a changed website, the values that differ
   * @throws NullPointerException if a component is null
   */
  public WebsiteChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    fields = List.copyOf(fields);
  }
}
