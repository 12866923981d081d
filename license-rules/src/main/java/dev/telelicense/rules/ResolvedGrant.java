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
  /** The {@link Catalog#lineage}s of the above, looked up once ({@code null} where there is none). */
  @Nullable private final Lineage serviceLineage;
  private final Lineage[] excludedLineages;
  private final Lineage[] limitLineages;

  ResolvedGrant(Grant grant) {
    this.service = grant.service().orElse(null);
    this.excluded = resolve(grant.excluding());
    this.limits = resolve(grant.limitedTo());
    this.serviceLineage = service == null ? null : Catalog.lineage(service);
    this.excludedLineages = lineages(excluded);
    this.limitLineages = lineages(limits);
  }

  private static Lineage[] lineages(TelecomService[] entries) {
    Lineage[] lineages = new Lineage[entries.length];
    for (int i = 0; i < entries.length; i++) {
      lineages[i] = Catalog.lineage(entries[i]);
    }
    return lineages;
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

  /**
   * {@link Grant#allows}: covers {@code entry}, does not exclude it, limits itself to nothing else.
   * {@code in} is the entry's {@link Catalog#lineage}, looked up once by the caller for all grants.
   */
  boolean allows(TelecomService entry, @Nullable Lineage in) {
    if (service == null || !Catalog.contains(service, serviceLineage, entry, in)) {
      return false;
    }
    for (int i = 0; i < excluded.length; i++) {
      if (Catalog.contains(excluded[i], excludedLineages[i], entry, in)) {
        return false;
      }
    }
    for (int i = 0; i < limits.length; i++) {
      if (Catalog.contains(limits[i], limitLineages[i], entry, in)) {
        return true;
      }
    }
    return limits.length == 0;
  }
}
