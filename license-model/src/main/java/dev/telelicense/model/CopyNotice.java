package dev.telelicense.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A copy annotation stamped on a licence copy ({@code 仅供…使用 / 有效期至… / 再次复印无效}): the copy may
 * be used for one purpose until a date. That date is the copy's, never the licence's validity.
 */
@Value.Immutable
public abstract class CopyNotice {

  // Package-private: only the generated ImmutableCopyNotice extends this class.
  CopyNotice() {}

  /** What the copy may be used for: the text between 仅供 and 使用. */
  public abstract String purpose();

  /** The copy's own 有效期至; empty when unreadable. */
  public abstract Optional<LocalDate> validUntil();

  public static ImmutableCopyNotice.Builder builder() {
    return ImmutableCopyNotice.builder();
  }
}
