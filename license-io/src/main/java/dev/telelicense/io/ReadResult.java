package dev.telelicense.io;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A value read from a document, whenever one could be built, and everything said along the way. */
@Value.Immutable
public abstract class ReadResult<T> {

  // Package-private: only the generated ImmutableReadResult extends this class.
  ReadResult() {}

  public abstract Optional<T> value();

  public abstract List<Diagnostic> diagnostics();

  public static <T> ImmutableReadResult.Builder<T> builder() {
    return ImmutableReadResult.builder();
  }

  /** Whether any diagnostic is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
