package dev.telelicense.io.text;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects the diagnostics of one parse, in the order they are found, each with its code's severity.
 * Raw text in a message is quoted through {@link Texts#quote}, cut short and with its control
 * characters escaped; every message is kept to one line.
 */
final class DiagnosticSink {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void report(DiagnosticCode code, int line, @Nullable String field, String message) {
    diagnostics.add(code.diagnostic(line, field, Texts.oneLine(message)));
  }

  List<Diagnostic> all() {
    return List.copyOf(diagnostics);
  }
}
