package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rulebook bound to a licence gives the reports the rulebook gives, however often it is used. */
class PreparedRulebookTest {

  @Test
  void givesTheSameReportAsEvaluateForEveryGoldenContext() {
    Map<String, EvaluationContext> contexts = GoldenReportsTest.contexts();
    StringBuilder rendered = new StringBuilder(GoldenReportsTest.renderRules());
    for (Map.Entry<String, EvaluationContext> c : contexts.entrySet()) {
      EvaluationContext ctx = c.getValue();
      ComplianceReport prepared = Rulebook.standard().prepare(ctx.license())
          .evaluate(ctx.facts(), ctx.asOf(), ctx.language(), ctx.calendar());
      assertEquals(Rulebook.standard().evaluate(ctx), prepared, c.getKey());
      rendered.append("## ").append(c.getKey()).append('\n').append(GoldenReportsTest.render(prepared));
    }
    assertEquals(GoldenReportsTest.read(), rendered.toString(), "the prepared path matches the golden file");
  }

  @Test
  void oneRulebookServesManyFactsAndDates() {
    for (License license : GoldenReportsTest.licences().values()) {
      PreparedRulebook book = Rulebook.standard().prepare(license);
      assertSame(license, book.license());
      for (OperatingFacts facts : GoldenReportsTest.facts().values()) {
        for (LocalDate asOf : GoldenReportsTest.DATES) {
          assertEquals(Rulebook.standard().evaluate(license, facts, asOf), book.evaluate(facts, asOf));
          assertEquals(Rulebook.standard().evaluate(EvaluationContext.builder().license(license).facts(facts)
              .asOf(asOf).language(Language.EN).build()), book.evaluate(facts, asOf, Language.EN));
        }
      }
    }
  }

  @Test
  void parallelEvaluationsOfOnePreparedRulebookGiveIdenticalReports() {
    PreparedRulebook book = Rulebook.standard().prepare(SeedLicenses.seed003Dated(d("2024-02-01"), d("2029-02-01")));
    List<OperatingFacts> facts = new ArrayList<>(GoldenReportsTest.facts().values());
    List<Integer> runs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      runs.add(i);
    }
    List<ComplianceReport> sequential = runs.stream().map(i -> evaluate(book, facts, i)).toList();
    List<ComplianceReport> parallel = runs.parallelStream().map(i -> evaluate(book, facts, i)).toList();
    assertEquals(sequential, parallel);
  }

  private static ComplianceReport evaluate(PreparedRulebook book, List<OperatingFacts> facts, int i) {
    return book.evaluate(facts.get(i % facts.size()), d("2024-01-01").plusDays(11L * i),
        i % 3 == 0 ? Language.EN : Language.ZH);
  }

  @Test
  void aCompanysOwnRuleIsEvaluatedThroughThePreparedPath() {
    Rulebook book = Rulebook.standard().with(new RulebookTest.FilingShownRule());
    License license = SeedLicenses.seed002();
    ComplianceReport prepared = book.prepare(license).evaluate(RulebookTest.dongcheFacts(), d("2026-11-22"));
    assertEquals(book.evaluate(license, RulebookTest.dongcheFacts(), d("2026-11-22")), prepared);
    assertEquals(1, prepared.findings().stream().filter(f -> f.rule().equals("company.filing-number-shown")).count());
  }

  @Test
  void rulesStillJudgeContextsBuiltWithoutPreparation() {
    EvaluationContext ctx = EvaluationContext.of(SeedLicenses.seed002(), ExampleFacts.dongche(), d("2026-11-22"));
    List<Finding> direct = new ArrayList<>();
    for (Rule r : Rulebook.standard().rules()) {
      direct.addAll(r.evaluate(ctx));
    }
    List<Finding> viaRulebook = Rulebook.standard().evaluate(ctx).findings();
    assertEquals(direct.size(), viaRulebook.size());
    assertEquals(new java.util.HashSet<>(direct), new java.util.HashSet<>(viaRulebook));
  }

  @Test
  void aContextAboutAnotherLicenceIsRefused() {
    PreparedRulebook book = Rulebook.standard().prepare(SeedLicenses.seed002());
    assertThrows(IllegalArgumentException.class, () -> book.evaluate(
        EvaluationContext.of(SeedLicenses.seed001(), OperatingFacts.unknown(), d("2026-11-22"))));
  }
}
