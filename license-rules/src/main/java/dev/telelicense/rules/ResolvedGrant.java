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

  ResolvedGrant(Grant grant) {
    this.service = grant.service().orElse(null);
    this.excluded = resolve(grant.excluding());
    this.limits = resolve(grant.limitedTo());
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
