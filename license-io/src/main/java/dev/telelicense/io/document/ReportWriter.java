package dev.telelicense.io.document;

import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Status;
import java.util.Locale;

/** Writes the report document; the summary always lists all four statuses in declaration order. */
final class ReportWriter {
  private ReportWriter() {}

  static void write(Out out, ComplianceReport r) {
    out.startObject();
    out.string("license", r.license());
    out.date("asOf", r.asOf());
    out.objects("findings", r.findings(), false, f -> finding(out, f));
    out.object("summary", () -> {
      for (Status s : Status.values()) {
        out.integer(s.name(), r.summary().get(s));
      }
    });
    out.endObject();
  }

  private static void finding(Out out, Finding f) {
    out.string("rule", f.rule());
    out.string("provision", f.provision());
    out.string("provisionId", f.provisionId());
    out.string("title", f.title());
    out.string("status", f.status().name());
    out.string("message", f.message());
    out.date("due", f.due());
    out.string("basis", f.basis().map(b -> b.name().toLowerCase(Locale.ROOT)));
  }
}
