package dev.telelicense.examples;

import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.Status;
import java.time.LocalDate;

/** Run a compliance check with a facts file and print the failures and the summary. */
public final class CheckCompliance {
  public static void main(String[] args) {
    License license = LicenseTextParser.standard()
        .parse(Samples.read(Samples.license("jing-icp-150746.txt"))).value().orElseThrow();
    OperatingFacts facts = YamlDocuments.standard().readFacts(Samples.read(Samples.facts("jing-icp-150746.yaml")));
    // Always pass the date: the library never reads the clock.
    ComplianceReport report = Rulebook.standard().evaluate(license, facts, LocalDate.of(2025, 5, 1));
    report.findings().stream().filter(f -> f.status() == Status.FAIL).forEach(f ->
        System.out.println(f.provision().orElse("—") + " " + f.rule() + ": " + f.message()));
    System.out.println(report.summary());
  }
}
