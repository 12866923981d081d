package dev.telelicense.cli;

import dev.telelicense.model.License;
import dev.telelicense.rules.Basis;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Status;
import java.util.List;

/** The readable report: grouped by status, failures first, each finding with its provision and due date. */
final class ReportText {
  /** Failures first, then what nobody has shown, then what is met, then what does not apply. */
  private static final List<Status> ORDER =
      List.of(Status.FAIL, Status.NOT_REVIEWED, Status.PASS, Status.NOT_APPLICABLE);

  private ReportText() {}

  static String render(ComplianceReport report, License license, Language lang) {
    StringBuilder b = new StringBuilder();
    boolean zh = lang == Language.ZH;
    b.append(zh ? "经营许可证 " : "Licence ").append(report.license()).append(" · ").append(license.licensee())
        .append(zh ? " · 截至 " : " · as of ").append(report.asOf()).append("\n");
    for (Status status : ORDER) {
      List<Finding> findings = report.findings().stream().filter(f -> f.status() == status).toList();
      if (findings.isEmpty()) {
        continue;
      }
      b.append("\n").append(name(status, lang)).append(" (").append(findings.size()).append(")\n");
      for (Finding f : findings) {
        b.append("  ").append(f.provision().map(p -> "[" + p + "] ").orElse("")).append(f.rule());
        // A promise is not evidence: say so where a finding rests on one.
        if (f.basis().orElse(null) == Basis.ATTESTATION) {
          b.append(zh ? "  〔依据承诺 attested〕" : "  (on attestation, not evidence)");
        }
        b.append("\n")
            .append("      ").append(f.message());
        f.due().ifPresent(d -> b.append(zh ? "（期限 " : " (due ").append(d).append(zh ? "）" : ")"));
        b.append("\n");
      }
    }
    b.append("\n").append(zh ? "合计：" : "Summary: ");
    String sep = "";
    for (Status status : Status.values()) {
      b.append(sep).append(status.name()).append(' ').append(report.summary().get(status));
      sep = " · ";
    }
    return b.append("\n").toString();
  }

  private static String name(Status status, Language lang) {
    if (lang == Language.EN) {
      return status.name();
    }
    return switch (status) {
      case PASS -> "符合 PASS";
      case FAIL -> "不符合 FAIL";
      case NOT_APPLICABLE -> "不适用 NOT_APPLICABLE";
      default -> "未审查 NOT_REVIEWED";
    };
  }
}
