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

  /**
   * How bad it is: an error leaves a value missing or doubtful, a warning asks for a look.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * A stable machine code, e.g. {@code DATE_UNREADABLE}: the same in every release, for tools that
   * filter or count diagnostics.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The 1-based line in the source, 0 when the whole document is meant.
   *
   * @return the line, 0 or more
   */
  public abstract int line();

  /**
   * The field path, when the diagnostic concerns one.
   *
   * @return e.g. {@code grants[1].websites[0].domains}, or empty
   */
  public abstract Optional<String> field();

  /**
   * What was found, in English, quoting the document where it helps.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * A builder: severity, code, line and message are needed.
   *
   * @return a new builder
   */
  public static ImmutableDiagnostic.Builder builder() {
    return ImmutableDiagnostic.builder();
  }

  /**
   * {@code FILE:LINE: error: message}, as compilers print it; {@code FILE: error: message} when the
   * whole document is meant (line 0).
   *
   * @param file the name to print for the source, e.g. the path given on the command line
   * @return the diagnostic as one line
   */
  public String format(String file) {
    return file + (line() > 0 ? ":" + line() : "") + ": " + severity().label() + ": " + message();
  }
}
