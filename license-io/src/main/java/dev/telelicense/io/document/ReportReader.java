package dev.telelicense.io.document;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.rules.Basis;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.ImmutableComplianceReport;
import dev.telelicense.rules.ImmutableFinding;
import dev.telelicense.rules.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the report document. The summary is derived from the findings, so it is optional; when present
 * it must agree with them, since a script may have trusted it.
 */
final class ReportReader {
  static final Fields REPORT = Fields.of(List.of("license", "asOf", "findings", "summary"),
      "license", "asOf");
  static final Fields FINDING = Fields.of(List.of("rule", "provision", "provisionId", "title", "status", "message", "due",
      "basis"),
      "rule", "status", "message");
  /** One count per status, all required; read by {@link Status#valueOf}, so none can lack a case. */
  static final Fields SUMMARY = Fields.of(
      Stream.of(Status.values()).map(Status::name).toList(),
      Stream.of(Status.values()).map(Status::name).toArray(String[]::new));

  private ReportReader() {}

  static ComplianceReport read(Cursor c) {
    int line = c.line();
    ImmutableComplianceReport.Builder b = ComplianceReport.builder();
    Map<Status, Integer> summary = new EnumMap<>(Status.class);
    int[] summaryLine = new int[1];
    c.object(REPORT, name -> {
      switch (name) {
        case "license" -> b.license(LicenseReader.number(c).toString());
        case "asOf" -> b.asOf(c.date());
        case "findings" -> b.findings(c.array(() -> finding(c)));
        case "summary" -> {
          summaryLine[0] = c.line();
          c.object(SUMMARY, status -> summary.put(Status.valueOf(status), count(c)));
        }
        default -> throw c.noCaseFor(name);
      }
    });
    ComplianceReport report = c.build(line, b::build);
    if (!summary.isEmpty()) {
      for (Status s : Status.values()) {
        int found = report.summary().get(s);
        if (summary.get(s) != found) {
          throw new DocumentException("summary does not match the findings at $.summary: " + s + " is "
              + summary.get(s) + " but " + found + " findings have that status", "$.summary",
              summaryLine[0]);
        }
      }
    }
    return report;
  }

  private static int count(Cursor c) {
    int n = c.integer();
    if (n < 0) {
      throw c.fail("negative count " + n, "");
    }
    return n;
  }

  private static Finding finding(Cursor c) {
    int line = c.line();
    ImmutableFinding.Builder b = Finding.builder();
    c.object(FINDING, name -> {
      switch (name) {
        case "rule" -> b.rule(c.string());
        case "provision" -> b.provision(c.string());
        case "provisionId" -> b.provisionId(c.string());
        case "title" -> b.title(c.string());
        case "status" -> b.status(c.enumValue(Status.class, "status"));
        case "message" -> b.message(c.string());
        case "due" -> b.due(c.date());
        case "basis" -> b.basis(basis(c));
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  /** {@code facts} or {@code attestation}, as the writer writes a {@link Basis}. */
  private static Basis basis(Cursor c) {
    String s = c.string();
    for (Basis b : Basis.values()) {
      if (b.name().toLowerCase(Locale.ROOT).equals(s)) {
        return b;
      }
    }
    throw c.fail("unknown basis " + Texts.quote(s), " — expected facts or attestation");
  }
}
