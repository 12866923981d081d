package dev.telelicense.io;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A value read from a document, whenever one could be built, and everything said along the way. */
@Value.Immutable
public abstract class ReadResult<T> {

  // Package-private: only the generated ImmutableReadResult extends this class.
  ReadResult() {}

  /**
   * The value read, whenever one could be built, also when errors were found: what could not be read is
   * absent from it and reported, never guessed.
   *
   * @return the value, or empty when the document did not yield one
   */
  public abstract Optional<T> value();

  /**
   * Everything said about the document, in the order found.
   *
   * @return the diagnostics, empty for a clean read
   */
  public abstract List<Diagnostic> diagnostics();

  /**
   * A builder for a result.
   *
   * @param <T> the type of value read
   * @return a new builder
   */
  public static <T> ImmutableReadResult.Builder<T> builder() {
    return ImmutableReadResult.builder();
  }

  /**
   * Whether any diagnostic is an {@link Severity#ERROR}.
   *
   * @return true when the value is missing or doubtful somewhere
   */
  public boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
