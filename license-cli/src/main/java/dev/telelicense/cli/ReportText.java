package dev.telelicense.cli;

import dev.telelicense.model.EnglishNames;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.rules.Basis;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.Status;
import dev.telelicense.rules.provision.Citations;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable report: grouped by status, failures first, each finding with its provision (citation
 * and title) and due date. In English the citation also in Arabic numerals and the granted services
 * by code and English name, so that it reads without any Chinese but names and quotations.
 */
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
    if (!license.grants().isEmpty()) {
      b.append(zh ? "许可业务：" : "Grants: ").append(grants(license, zh)).append("\n");
    }
    for (Status status : ORDER) {
      List<Finding> findings = report.findings().stream().filter(f -> f.status() == status).toList();
      if (findings.isEmpty()) {
        continue;
      }
      b.append("\n").append(name(status, lang)).append(" (").append(findings.size()).append(")\n");
      for (Finding f : findings) {
        b.append("  ").append(f.provision().map(p -> "[" + (zh ? p : Citations.bilingual(p)) + "] ").orElse(""))
            .append(title(f, lang)).append(" · ").append(f.rule());
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

  /**
   * The finding's title: its provision's, else (a finding about no provision, such as the licence's
   * validity) its rule's.
   */
  static String title(Finding f, Language lang) {
    return f.title().or(() -> Rulebook.standard().rule(f.rule()).map(r -> r.title(lang)))
        .orElse(f.rule());
  }

  /** The grants as printed, or in English by code and English name with limits and exclusions. */
  static String grants(License license, boolean zh) {
    List<String> named = new ArrayList<>();
    for (Grant g : license.grants()) {
      if (zh) {
        named.add(g.name() + (g.limitedTo().isEmpty() ? "" : "（仅限" + String.join("、", g.limitedTo()) + "）"));
      } else {
        // A service the catalogue does not know has no English name: quoted as printed, never guessed.
        named.add(g.service().isPresent() ? EnglishNames.grant(g)
            : "\u201c" + g.name() + "\u201d (not in the catalogue)");
      }
    }
    return String.join(zh ? "；" : "; ", named);
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
