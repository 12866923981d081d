package dev.telelicense.rules.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An obligation of the special provisions added, removed, moved to another citation or reworded.
 * Obligations are paired by their catalogue id (and, for items, the service their heading names), so
 * renumbering between templates shows as a move, not as one provision removed and another added.
 * A change that both moves and rewords an obligation is reported as two changes.
 *
 * @param kind {@link ChangeKind#ADDED}, {@link ChangeKind#REMOVED}, {@link ChangeKind#MOVED} or
 *     {@link ChangeKind#REWORDED}
 * @param provisionId the catalogue id; empty for text the catalogue does not know
 * @param section the code of the service whose heading the item sits under ({@code B21}), if any
 * @param before the citation in the older licence ({@code 十五（十一）}); empty when added
 * @param after the citation in the newer licence; empty when removed
 * @param quote the start of the text (the newer one where both have it)
 * @param edits for a rewording, the words kept, removed and inserted; for an addition or removal the
 *     whole text; empty for a move
 */
public record ProvisionChange(ChangeKind kind, Optional<String> provisionId, Optional<String> section,
    Optional<String> before, Optional<String> after, String quote, List<TextEdit> edits) {

  /**
   * Checks and copies the components.
   *
   * @param kind added, removed, moved or reworded
   * @param provisionId the catalogue id
   * @param section the code of the service whose heading the item sits under ({@code B21}), if any
   * @param before the citation in the older licence ({@code 十五（十一）})
   * @param after the citation in the newer licence
   * @param quote the start of the text (the newer one where both have it)
   * @param edits for a rewording, the words kept, removed and inserted
   * @throws NullPointerException if a component is null
   */
  public ProvisionChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(provisionId, "provisionId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(quote, "quote");
    edits = List.copyOf(edits);
  }
}
