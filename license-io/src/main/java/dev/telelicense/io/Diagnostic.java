package dev.telelicense.io;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a reader has to say about a document: severity, a stable code, the 1-based line, the field
 * it concerns ({@code issuedOn}, {@code grants[1].websites[0].domains}) and a message.
 */
@Value.Immutable
public abstract class Diagnostic {

  // Package-private: only the generated ImmutableDiagnostic extends this class.
  Diagnostic() {}

  public abstract Severity severity();

  /** A stable machine code, e.g. {@code DATE_UNREADABLE}. */
  public abstract String code();

  /** The 1-based line in the source, 0 when the whole document is meant. */
  public abstract int line();

  /** The field path, when the diagnostic concerns one. */
  public abstract Optional<String> field();

  public abstract String message();

  public static ImmutableDiagnostic.Builder builder() {
    return ImmutableDiagnostic.builder();
  }

  /**
   * {@code FILE:LINE: error: message}, as compilers print it; {@code FILE: error: message} when the
   * whole document is meant (line 0).
   */
  public String format(String file) {
    return file + (line() > 0 ? ":" + line() : "") + ": " + severity().label() + ": " + message();
  }
}
