package dev.telelicense.rules;

import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.Provision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 经营许可证年报 — a report filed in the first quarter (1 January – 31 March) of every year after the
 * issue year. A year is due once its first quarter has ended by the as-of date and began while the
 * licence was in force; the quarter is a fixed window and does not shift for holidays.
 */
final class AnnualReportRule extends ProvisionRule {
  AnnualReportRule() {
    super("annual-report.filed-in-q1", Clause.ANNUAL_REPORT);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Annual report filed in the first quarter" : "每年第一季度参加年报";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the provision on the annual report (年报)" : "每年第一季度参加经营许可证年报";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<LocalDate> issued = ctx.license().issuedOn();
    if (issued.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("许可证发证日期不明，无法确定应报年度",
          "the licence's issue date is unknown, so the years due cannot be counted"));
    }
    LocalDate asOf = ctx.asOf();
    Optional<LocalDate> validUntil = ctx.license().validUntil();
    List<Integer> dueYears = new ArrayList<>();
    LocalDate next = null;
    for (int y = issued.get().getYear() + 1; y <= asOf.getYear(); y++) {
      if (validUntil.isPresent() && LocalDate.of(y, 1, 1).isAfter(validUntil.get())) {
        break;
      }
      if (asOf.isAfter(endOfQ1(y))) {
        dueYears.add(y);
      } else {
        next = endOfQ1(y);
      }
    }
    if (next == null) {
      LocalDate candidate = endOfQ1(Math.max(asOf.getYear() + 1, issued.get().getYear() + 1));
      if (validUntil.isEmpty() || !LocalDate.of(candidate.getYear(), 1, 1).isAfter(validUntil.get())) {
        next = candidate;
      }
    }
    Optional<LocalDate> due = Optional.ofNullable(next);
    if (dueYears.isEmpty()) {
      return new Verdict(Status.PASS, ctx.say("尚无到期的年报", "no annual report is due yet"), due);
    }
    Optional<List<AnnualReport>> reports = ctx.facts().annualReports();
    if (reports.isEmpty()) {
      return new Verdict(Status.NOT_REVIEWED, ctx.language() == Language.ZH
          ? "未提供年报情况（应报年度：" + join(dueYears, "、") + "）"
          : "annual reports are not known (due for " + join(dueYears, ", ") + ")", due);
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int y : dueYears) {
      // The first report for the year, and whether any report for it is in its first quarter.
      AnnualReport first = null;
      boolean inTime = false;
      for (AnnualReport a : reports.get()) {
        if (a.year() == y) {
          first = first == null ? a : first;
          inTime = inTime || isInFirstQuarter(a.filedOn(), y);
        }
      }
      if (inTime) {
        continue;
      }
      if (first == null) {
        zh.add(y + "年未报");
        en.add(y + " not filed");
      } else {
        LocalDate on = first.filedOn();
        zh.add(y + "年报于" + on + "填报，不在第一季度");
        en.add(y + " filed on " + on + ", outside the first quarter");
      }
    }
    if (!zh.isEmpty()) {
      return new Verdict(Status.FAIL, ctx.language() == Language.ZH
          ? "年报：" + String.join("；", zh)
          : "annual report: " + String.join("; ", en), due);
    }
    return new Verdict(Status.PASS, ctx.language() == Language.EN
        ? "annual reports for " + join(dueYears, ", ") + " filed in the first quarter"
        : join(dueYears, "、") + "年报均在第一季度填报", due);
  }

  private static boolean isInFirstQuarter(LocalDate day, int year) {
    return !day.isBefore(LocalDate.of(year, 1, 1)) && !day.isAfter(endOfQ1(year));
  }

  private static LocalDate endOfQ1(int year) {
    return LocalDate.of(year, 3, 31);
  }

  private static String join(List<Integer> years, String sep) {
    StringBuilder b = new StringBuilder(years.size() * 6);
    for (int i = 0; i < years.size(); i++) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(years.get(i).intValue());
    }
    return b.toString();
  }
}
