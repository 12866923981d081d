package dev.telelicense.cli;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.io.document.DocumentCodec;
import dev.telelicense.io.document.DocumentException;
import dev.telelicense.io.document.DocumentFormat;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a licence from any of its forms — the official text ({@code .txt}), JSON or YAML — and the
 * operating facts (JSON or YAML), printing what the readers say as {@code FILE:LINE: error: message}.
 */
final class LicenseInput {
  private LicenseInput() {}

  /** A licence as read, whether the text had errors, and nothing when none could be built. */
  record Loaded(Optional<License> license, boolean hasErrors) {
    /** The licence; unusable input when none could be read from {@code file}. */
    License required(Path file) {
      return license.orElseThrow(() ->
          new UnusableInputException(file + ": error: no licence could be read from this file"));
    }
  }

  /**
   * Reads the licence in {@code file}; the text parser's diagnostics go to {@code err}.
   *
   * @throws UnusableInputException when the file cannot be read or a JSON/YAML document is invalid
   */
  static Loaded load(Path file, PrintWriter err) {
    String text = TextFiles.read(file);
    Optional<DocumentFormat> format = DocumentFormat.ofFileName(file.toString());
    if (format.isPresent()) {
      return new Loaded(Optional.of(readDocument(file, () -> DocumentCodec.of(format.get()).readLicense(text))),
          false);
    }
    if (!isText(file)) {
      throw new UnusableInputException(file + ": error: cannot tell the format from the file name;"
          + " use .txt for licence text, .json or .yaml/.yml for documents");
    }
    ReadResult<License> result = LicenseTextParser.standard().parse(text);
    for (Diagnostic d : result.diagnostics()) {
      err.println(d.format(file.toString()));
    }
    return new Loaded(result.value(), result.hasErrors());
  }

  /**
   * Reads an operating-facts document; an invalid one is unusable input. What is valid but most likely
   * meant otherwise goes to {@code err} as a warning.
   */
  static OperatingFacts loadFacts(Path file, PrintWriter err) {
    String text = TextFiles.read(file);
    DocumentFormat format = DocumentFormat.ofFileName(file.toString()).orElseThrow(() ->
        new UnusableInputException(file + ": error: facts must be a .yaml, .yml or .json file"));
    OperatingFacts facts = readDocument(file, () -> DocumentCodec.of(format).readFacts(text));
    List<AnnualReport> reports = facts.annualReports().orElse(List.of());
    for (int i = 0; i < reports.size(); i++) {
      AnnualReport r = reports.get(i);
      // year is the year the report was due in; MIIT (and most people) name a report by the year it
      // covers, which is filed in the next year's first quarter.
      if (r.covers().isEmpty() && r.filedOn().getYear() == r.year() + 1) {
        err.println(file + ": warning: annualReports[" + i + "]: year " + r.year() + " is the year the"
            + " report was due, but it was filed on " + r.filedOn() + "; if it is the " + r.year()
            + "年度 report, write covers: " + r.year());
      }
    }
    return facts;
  }

  private static boolean isText(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".text");
  }

  private static <T> T readDocument(Path file, java.util.function.Supplier<T> reader) {
    try {
      return reader.get();
    } catch (DocumentException e) {
      throw new UnusableInputException(file + ":" + e.line() + ": error: " + e.getMessage());
    }
  }
}
