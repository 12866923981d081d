package dev.telelicense.examples;

import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rule;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Add a company's own rule next to the built-in ones: warn a year before the licence expires. */
public final class CompanyRule {

  /** House rule: start the renewal file a year ahead, well before the 90 days the licence asks. */
  static final class RenewalFileOpened implements Rule {
    @Override
    public String id() {
      return "acme.renewal-file-a-year-ahead";
    }

    @Override
    public String title(Language lang) {
      return switch (lang) {
        case ZH -> "提前一年准备续办材料";
        case EN -> "Renewal file opened a year ahead";
      };
    }

    @Override
    public String enforces(Language lang) {
      return switch (lang) {
        case ZH -> "公司内部规定";
        case EN -> "company policy";
      };
    }

    @Override
    public List<Finding> evaluate(EvaluationContext ctx) {
      var f = Finding.builder().rule(id());
      if (ctx.license().validUntil().isEmpty()) {
        String unknown = switch (ctx.language()) {
          case ZH -> "有效期不明";
          case EN -> "expiry unknown";
        };
        return List.of(f.status(Status.NOT_REVIEWED).message(unknown).build());
      }
      LocalDate expiry = ctx.license().validUntil().get();
      long days = ChronoUnit.DAYS.between(ctx.asOf(), expiry);
      Status status = days > 365 ? Status.PASS : Status.FAIL;
      return List.of(f.status(status).due(expiry.minusYears(1))
          .message(switch (ctx.language()) {
            case ZH -> "距到期 " + days + " 天";
            case EN -> days + " days to expiry";
          }).build());
    }
  }

  public static void main(String[] args) {
    License license = LicenseTextParser.standard()
        .parse(Samples.read(Samples.license("jing-b2-20240286.txt"))).value().orElseThrow();
    Rulebook ours = Rulebook.standard().with(new RenewalFileOpened());
    ComplianceReport report = ours.evaluate(license, OperatingFacts.unknown(), LocalDate.of(2028, 6, 1));
    report.findings().stream().filter(f -> f.rule().startsWith("acme.")).forEach(f ->
        System.out.println(f.rule() + " " + f.status() + " " + f.message() + " due " + f.due().orElseThrow()));
  }
}
