package dev.telelicense.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's bundled tab-separated data files (the service catalogue, place names, English names):
 * one record a line, fields separated by tabs, blank lines and lines starting with {@code #} left out.
 */
final class DataFile {
  private DataFile() {}

  /**
   * The records of a resource beside {@code owner}, each split on tabs with empty fields kept.
   *
   * @throws IllegalStateException if the resource is missing: the jar is broken
   */
  static List<String[]> rows(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
