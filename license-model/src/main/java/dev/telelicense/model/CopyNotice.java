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

  /**
   * What the copy may be used for: the text between 仅供 and 使用, as stamped.
   *
   * @return the purpose, e.g. {@code 懂车聚光首页信息变更}
   */
  public abstract String purpose();

  /**
   * The copy's own 有效期至: the last day the copy may be used for its purpose. Never the licence's
   * validity, which {@link License#validUntil()} gives.
   *
   * @return the date, or empty when the stamp is unreadable
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * A builder for a copy notice: the purpose is needed, the date is optional.
   *
   * @return a new builder
   */
  public static ImmutableCopyNotice.Builder builder() {
    return ImmutableCopyNotice.builder();
  }
}
