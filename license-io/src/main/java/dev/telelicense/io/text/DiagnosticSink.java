package dev.telelicense.io.text;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.Severity;
import dev.telelicense.io.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Collects the diagnostics of one parse, in the order they are found. Raw text in a message is quoted
 * through {@link Texts#quote}, cut short and with its control characters escaped; every message is
 * kept to one line.
 */
final class DiagnosticSink {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

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
        .field(Optional.ofNullable(field)).message(Texts.oneLine(message)).build());
  }
}
