package dev.telelicense.rules.diff;

import java.util.List;
import java.util.Objects;

/**
 * A granted service added, removed or changed.
 *
 * @param kind {@link ChangeKind#ADDED}, {@link ChangeKind#REMOVED} or {@link ChangeKind#CHANGED}
 * @param service the catalogue code ({@code B25}), or the name as printed for a service not in the
 *     catalogue
 * @param fields for a changed grant, the values that differ; empty otherwise
 */
public record GrantChange(ChangeKind kind, String service, List<FieldChange> fields) {

  /**
   * Checks and copies the components.
   *
   * @param kind {@link ChangeKind#ADDED}, {@link ChangeKind#REMOVED} or {@link ChangeKind#CHANGED}
   * @param service the catalogue code ({@code B25}), or the name as printed for a service not in the
   *     catalogue
   * @param fields for a changed grant, the values that differ
   * @throws NullPointerException if a component is null
   */
  public GrantChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(service, "service");
    fields = List.copyOf(fields);
  }
}
