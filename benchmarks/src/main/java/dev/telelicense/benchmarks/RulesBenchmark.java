package dev.telelicense.benchmarks;

import dev.telelicense.io.ReadResult;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.PreparedRulebook;
import dev.telelicense.rules.Rulebook;
import dev.telelicense.rules.provision.LicenseProvisions;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The whole rulebook on the sample licence with its full facts, against parsing the same licence's
 * text: checking a licence should cost less than reading it. One thread: the figures are of a single
 * caller. Another way of evaluating is one more {@code @Benchmark} method here and one more row in
 * {@link Figures#PAIRS}.
 */
@State(Scope.Benchmark)
@Threads(1)
public class RulesBenchmark {
  private final Rulebook rulebook = Rulebook.standard();
  private final LicenseTextParser parser = LicenseTextParser.standard();
  private byte[] text;
  private License license;
  private PreparedRulebook prepared;
  private OperatingFacts facts;
  private final LocalDate asOf = Seeds.AS_OF;

  @Setup
  public void load() {
    text = Seeds.licenseBytes(Seeds.SAMPLE);
    license = Seeds.license(Seeds.SAMPLE);
    facts = Seeds.facts(Seeds.SAMPLE);
    prepared = rulebook.prepare(license);
    requireSameFindings(license, facts, asOf);
  }

  /** From scratch: the licence's provisions are found again on every call. */
  @Benchmark
  public ComplianceReport rulebook() {
    return rulebook.evaluate(license, facts, asOf);
  }

  /** A batch user's path: the licence analysed once, then many facts and dates judged against it. */
  @Benchmark
  public ComplianceReport prepared() {
    return prepared.evaluate(facts, asOf);
  }

  /**
   * Matching the licence's provisions and items to the provision catalogue by content: the part of an
   * evaluation from scratch that a prepared rulebook does once.
   */
  @Benchmark
  public LicenseProvisions match() {
    return ProvisionMatcher.standard().match(license);
  }

  /** The baseline: reading the same licence from its UTF-8 text, as {@code ParseBenchmark.parse}. */
  @Benchmark
  public ReadResult<License> parse() {
    return parser.parse(new String(text, StandardCharsets.UTF_8));
  }

  /**
   * Fails unless both measured paths give the same report, and the report judges the licence the
   * baseline reads, so that neither is fast by doing less.
   */
  static void requireSameFindings(License license, OperatingFacts facts, LocalDate asOf) {
    ComplianceReport fromScratch = Rulebook.standard().evaluate(license, facts, asOf);
    ComplianceReport bound = Rulebook.standard().prepare(license).evaluate(facts, asOf);
    License read = LicenseTextParser.standard()
        .parse(new String(Seeds.licenseBytes(Seeds.SAMPLE), StandardCharsets.UTF_8)).value().orElseThrow();
    if (!fromScratch.equals(bound) || !read.equals(license)) {
      throw new IllegalStateException("baseline check failed: the prepared rulebook finds\n  "
          + bound.findings() + "\nwhere the rulebook finds\n  " + fromScratch.findings());
    }
  }
}
