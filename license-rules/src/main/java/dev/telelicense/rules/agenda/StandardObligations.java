package dev.telelicense.rules.agenda;

import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.License;
import dev.telelicense.rules.calendar.Deadline;
import dev.telelicense.rules.calendar.Deadlines;
import dev.telelicense.rules.provision.Citations;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Periods;
import dev.telelicense.rules.Rule;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The obligations every value-added licence carries: the annual report of each year, renewal and
 * expiry here, the reports owed after an event in {@link EventObligations}. Each is dated by the same
 * {@link Deadlines} call, with the same {@link Periods}, as the rule that judges it.
 */
final class StandardObligations {
  static final String ANNUAL_REPORT_RULE = "annual-report.filed-in-q1";
  static final String RENEWAL_RULE = "renewal.applied-90-days-ahead";
  static final String IN_FORCE_RULE = "license.in-force";

  private final EvaluationContext ctx;
  private final Rulebook rulebook;
  private final List<Obligation> out = new ArrayList<>();
  /** Per rule id, the finding that names its provision: {@link #cited}. */
  private final Map<String, Optional<Finding>> cited = new HashMap<>();

  private StandardObligations(EvaluationContext ctx, Rulebook rulebook) {
    this.ctx = ctx;
    this.rulebook = rulebook;
  }

  /** Every built-in obligation of {@code ctx}'s licence and facts. */
  static List<Obligation> of(EvaluationContext ctx, Rulebook rulebook) {
    StandardObligations s = new StandardObligations(ctx, rulebook);
    s.annualReports();
    s.renewalAndExpiry();
    new EventObligations(s).addAll();
    new AttestationObligations(s).addAll();
    return List.copyOf(s.out);
  }

  EvaluationContext ctx() {
    return ctx;
  }

  void add(Obligation o) {
    out.add(o);
  }

  /**
   * 年报 — one per year after the issue year that begins while the licence is in force, each in its
   * fixed first-quarter window, named by the year it covers (the report filed in 2026 covers 2025).
   */
  private void annualReports() {
    Optional<LocalDate> issued = ctx.license().issuedOn();
    Optional<String> provision = citation(ANNUAL_REPORT_RULE);
    if (issued.isEmpty()) {
      add(undated(ANNUAL_REPORT_RULE, "annual-report", provision, "undated.issue"));
      return;
    }
    Optional<LocalDate> validUntil = ctx.license().validUntil();
    // Without an expiry, no further than the as-of year's window and the next one.
    int lastYear = validUntil.map(LocalDate::getYear).orElse(ctx.asOf().getYear() + 1);
    for (int y = issued.get().getYear() + 1; y <= lastYear; y++) {
      LocalDate opens = Periods.annualReportOpens(y);
      if (validUntil.isPresent() && opens.isAfter(validUntil.get())) {
        break;
      }
      LocalDate due = Periods.annualReportDue(y);
      String covers = Integer.toString(y - 1);
      add(base(ANNUAL_REPORT_RULE, "annual-report", covers, provision)
          .summary(say("annual-report.summary", covers))
          .action(act(provision, "annual-report.action", covers, opens.toString(), due.toString()))
          .opens(opens).due(Deadline.on(due))
          .closedBy("annualReports[year=" + y + "].filedOn")
          .doneOn(filedFor(y))
          .build());
    }
  }

  /** The first report for the year whose first quarter it is due in, filed by the as-of date. */
  private Optional<LocalDate> filedFor(int year) {
    return ctx.facts().annualReports().orElse(List.of()).stream()
        .filter(a -> a.year() == year).map(AnnualReport::filedOn).filter(this::happened).min(LocalDate::compareTo);
  }

  /** 续办 and 有效期届满: counted back from expiry, never shifted for holidays. */
  private void renewalAndExpiry() {
    Optional<LocalDate> validUntil = ctx.license().validUntil();
    if (validUntil.isEmpty()) {
      add(undated(RENEWAL_RULE, "renewal", citation(RENEWAL_RULE), "undated.expiry"));
      return;
    }
    LocalDate expiry = validUntil.get();
    LocalDate due = Deadlines.daysBefore(expiry, Periods.RENEWAL_DAYS_BEFORE_EXPIRY);
    String period = expiry.toString();
    Optional<String> provision = citation(RENEWAL_RULE);
    add(base(RENEWAL_RULE, "renewal", period, provision)
        .summary(say("renewal.summary", period))
        .action(act(provision, "renewal.action", period, due.toString(),
            Integer.toString(Periods.RENEWAL_DAYS_BEFORE_EXPIRY)))
        .due(Deadline.on(due))
        .closedBy("renewalAppliedOn")
        .doneOn(ctx.facts().renewalAppliedOn().filter(this::happened))
        .build());
    // The expiry is printed on the main page, not in a provision: no provision sentence.
    add(base(IN_FORCE_RULE, "expiry", period, Optional.empty())
        .summary(say("expiry.summary", period))
        .action(say("expiry.action", period))
        // No fact closes it: only a renewed licence, a new document with a later 有效期至, does.
        .opens(expiry).due(Deadline.on(expiry))
        .build());
  }

  /** An obligation that cannot be dated, saying why. */
  private Obligation undated(String rule, String kind, Optional<String> provision, String why) {
    String text = say(why);
    return base(rule, kind, "undated", provision).summary(text).action(text)
        .undatedBecause(text).build();
  }

  /**
   * The fields every built-in obligation sets; the catalogue id and title of the provision are those
   * the rule's finding names, in the agenda's language.
   */
  ImmutableObligation.Builder base(String rule, String kind, String period, Optional<String> provision) {
    Optional<Finding> f = provision.isPresent() || !rule.equals(IN_FORCE_RULE) ? cited(rule) : Optional.empty();
    return Obligation.builder().rule(rule).kind(kind).period(period).provision(provision)
        .provisionId(f.flatMap(Finding::provisionId)).provisionTitle(f.flatMap(Finding::title));
  }

  /**
   * The text {@code key} followed by the provision it rests on, or by the note that the licence text
   * read has none: what to do, and why.
   */
  String act(Optional<String> provision, String key, String... args) {
    // In English the citation also in Arabic numerals: 十四 14.
    String why = provision
        .map(p -> say("provision.cited", ctx.language() == Language.EN ? Citations.bilingual(p) : p))
        .orElseGet(() -> say("provision.none"));
    return say(key, args) + (ctx.language() == Language.EN ? " " : "") + why;
  }

  /** The due date as an action names it: the day, or when it will be known. */
  String dueText(Deadline deadline) {
    return deadline.date().map(LocalDate::toString).orElseGet(() -> say("due.unknown",
        Integer.toString(deadline.unknownYear().orElseThrow()), deadline.earliest().toString()));
  }

  /**
   * The provision the rule {@code ruleId} cites for this licence: its first finding that cites one
   * and applies, else its first that cites one. The rule finds provisions by content, as it does
   * for the compliance report.
   */
  Optional<String> citation(String ruleId) {
    return cited(ruleId).flatMap(Finding::provision);
  }

  /**
   * The finding of the rule {@code ruleId} that names its provision: the first that cites one and
   * applies, else the first that cites one, else its first (the provision not found: it still names
   * the obligation). Worked out once per rule.
   */
  Optional<Finding> cited(String ruleId) {
    Optional<Finding> known = cited.get(ruleId);
    if (known != null) {
      return known;
    }
    Optional<Rule> rule = rulebook.rule(ruleId).or(() -> Rulebook.standard().rule(ruleId));
    List<Finding> findings = rule.isEmpty() ? List.of() : rule.get().evaluate(ctx);
    Optional<Finding> found = findings.stream()
        .filter(f -> f.status() != Status.NOT_APPLICABLE && f.provision().isPresent()).findFirst()
        .or(() -> findings.stream().filter(f -> f.provision().isPresent()).findFirst())
        .or(() -> findings.stream().findFirst());
    cited.put(ruleId, found);
    return found;
  }

  /** Whether a fact's day has happened by the as-of date; a later one is not taken as done. */
  boolean happened(LocalDate day) {
    return !day.isAfter(ctx.asOf());
  }

  String say(String key, String... args) {
    return AgendaTexts.format(ctx.language(), key, args);
  }

  Language language() {
    return ctx.language();
  }
}
