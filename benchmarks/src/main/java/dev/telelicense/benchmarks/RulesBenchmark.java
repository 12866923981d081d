package dev.telelicense.benchmarks;

import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.PreparedRulebook;
import dev.telelicense.rules.Rulebook;
import java.time.LocalDate;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The whole rulebook on the sample licence with its full facts, against {@link StraightLineRules}.
 * One thread: the figure is evaluations per second of a single caller. Another way of evaluating is
 * one more {@code @Benchmark} method here and one more row in {@link Figures#PAIRS}.
 */
@State(Scope.Benchmark)
@Threads(1)
public class RulesBenchmark {
  private final Rulebook rulebook = Rulebook.standard();
  private License license;
  private PreparedRulebook prepared;
  private StraightLineRules.Located located;
  private OperatingFacts facts;
  private final LocalDate asOf = Seeds.AS_OF;

  @Setup
  public void load() {
    license = Seeds.license(Seeds.SAMPLE);
    facts = Seeds.facts(Seeds.SAMPLE);
    prepared = rulebook.prepare(license);
    located = StraightLineRules.locate(license);
    requireSameFindings(license, facts, asOf);
  }

  @Benchmark
  public ComplianceReport rulebook() {
    return rulebook.evaluate(license, facts, asOf);
  }

  /** A batch user's path: the licence analysed once, then many facts and dates judged against it. */
  @Benchmark
  public ComplianceReport prepared() {
    return prepared.evaluate(facts, asOf);
  }

  @Benchmark
  public ComplianceReport straightLine() {
    return StraightLineRules.evaluate(license, facts, asOf);
  }

  /** The floor of {@link #prepared}: the provisions located once, the facts judged per call. */
  @Benchmark
  public ComplianceReport straightLinePrepared() {
    return StraightLineRules.evaluate(located, facts, asOf);
  }

  /**
   * Fails unless the floor finds what the rulebook finds — the same rule, citation, status and due
   * date per finding, in any order — so that it cannot be fast by skipping work. Messages differ.
   */
  static void requireSameFindings(License license, OperatingFacts facts, LocalDate asOf) {
    List<String> ours = keys(Rulebook.standard().evaluate(license, facts, asOf));
    List<String> floor = keys(StraightLineRules.evaluate(license, facts, asOf));
    List<String> locatedFloor = keys(StraightLineRules.evaluate(StraightLineRules.locate(license), facts, asOf));
    if (!ours.equals(floor) || !floor.equals(locatedFloor)) {
      throw new IllegalStateException("baseline check failed: the straight-line rules find\n  " + floor
          + "\nwhere the rulebook finds\n  " + ours);
    }
  }

  private static List<String> keys(ComplianceReport report) {
    return report.findings().stream().map(RulesBenchmark::key).sorted().toList();
  }

  private static String key(Finding f) {
    return f.rule() + " " + f.provision().orElse("-") + " " + f.status() + " "
        + f.due().map(LocalDate::toString).orElse("-");
  }
}
