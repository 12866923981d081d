package dev.telelicense.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample files whether an example runs from the repository root or the examples module. */
final class Samples {
  private Samples() {}

  /** {@code examples/licenses/NAME}. */
  static Path license(String name) {
    return locate("licenses", name);
  }

  /** {@code examples/facts/NAME}. */
  static Path facts(String name) {
    return locate("facts", name);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code examples/FOLDER}, from the module or from the repository root. */
  static Path folder(String folder) {
    Path inModule = Path.of(folder);
    return Files.isDirectory(inModule) ? inModule : Path.of("examples", folder);
  }

  private static Path locate(String folder, String name) {
    return folder(folder).resolve(name);
  }
}
