package dev.telelicense.rules;

import dev.telelicense.model.Grant;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * 业务种类 — one grant with its 不含 and 仅限 already looked up in the catalogue, so that
 * {@link #allows} answers as {@link Grant#allows} does without looking the printed names up again.
 */
final class ResolvedGrant {
  @Nullable private final TelecomService service;
  private final TelecomService[] excluded;
  private final TelecomService[] limits;
  /**
   * The lineages of the service, exclusions and limits, in that order, when all are standard
   * catalogue instances (as parsed licences have them); {@code null} otherwise.
   */
  @Nullable private final Lineage[] lineages;

  ResolvedGrant(Grant grant) {
    this.service = grant.service().orElse(null);
    this.excluded = resolve(grant.excluding());
    this.limits = resolve(grant.limitedTo());
    this.lineages = lineages(service, excluded, limits);
  }

  @Nullable
  private static Lineage[] lineages(@Nullable TelecomService service, TelecomService[] excluded,
      TelecomService[] limits) {
    if (service == null) {
      return null;
    }
    Lineage[] all = new Lineage[1 + excluded.length + limits.length];
    all[0] = Catalog.lineage(service);
    for (int i = 0; i < excluded.length; i++) {
      all[1 + i] = Catalog.lineage(excluded[i]);
    }
    for (int i = 0; i < limits.length; i++) {
      all[1 + excluded.length + i] = Catalog.lineage(limits[i]);
    }
    for (Lineage l : all) {
      if (l == null) {
        return null;
      }
    }
    return all;
  }

  /** The catalogue entries among {@code printed}; names that are no entry restrict how, not what. */
  private static TelecomService[] resolve(List<String> printed) {
    List<TelecomService> found = new ArrayList<>(printed.size());
    for (String p : printed) {
      TelecomService e = Catalog.find(p);
      if (e != null) {
        found.add(e);
      }
    }
    return found.toArray(new TelecomService[0]);
  }

  /** {@link Grant#allows}: covers {@code entry}, does not exclude it, limits itself to nothing else. */
  boolean allows(TelecomService entry) {
    return allows(entry, Catalog.lineage(entry));
  }

  /** {@link #allows(TelecomService)}, given {@code entry}'s lineage ({@code null} when it has none). */
  boolean allows(TelecomService entry, @Nullable Lineage in) {
    if (in != null && lineages != null) {
      if (!in.liesIn(lineages[0])) {
        return false;
      }
      for (int i = 1; i <= excluded.length; i++) {
        if (in.liesIn(lineages[i])) {
          return false;
        }
      }
      for (int i = 1 + excluded.length; i < lineages.length; i++) {
        if (in.liesIn(lineages[i])) {
          return true;
        }
      }
      return limits.length == 0;
    }
    if (service == null || !Catalog.contains(service, entry)) {
      return false;
    }
    for (TelecomService e : excluded) {
      if (Catalog.contains(e, entry)) {
        return false;
      }
    }
    for (TelecomService l : limits) {
      if (Catalog.contains(l, entry)) {
        return true;
      }
    }
    return limits.length == 0;
  }
}
