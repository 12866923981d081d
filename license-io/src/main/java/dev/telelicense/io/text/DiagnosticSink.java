package dev.telelicense.io.text;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Collects the diagnostics of one parse, in the order they are found. */
final class DiagnosticSink {
  /**
   * The most of a raw value a message quotes. Real values (names, places, dates) are far shorter; a
   * damaged or hostile text can make one a megabyte long, and a diagnostic is one line to read.
   */
  static final int MAX_QUOTED = 200;

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** {@code raw} in single quotes; past {@link #MAX_QUOTED} characters cut, with its length said. */
  static String quote(String raw) {
    if (raw.length() <= MAX_QUOTED) {
      return "'" + raw + "'";
    }
    int end = Character.isHighSurrogate(raw.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
    return "'" + raw.substring(0, end) + "…' (" + raw.length() + " characters)";
  }

  void error(String code, int line, @Nullable String field, String message) {
    add(Severity.ERROR, code, line, field, message);
  }

  void warning(String code, int line, @Nullable String field, String message) {
    add(Severity.WARNING, code, line, field, message);
  }

  List<Diagnostic> all() {
    return List.copyOf(diagnostics);
  }

  private void add(Severity severity, String code, int line, @Nullable String field, String message) {
    diagnostics.add(Diagnostic.builder().severity(severity).code(code).line(line)
        .field(Optional.ofNullable(field)).message(message).build());
  }
}
