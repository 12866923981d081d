package dev.telelicense.benchmarks;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark with its baseline and prints one line per figure, {@code NAME VALUE UNIT
 * RATIOx}, the ratio being our cost over the baseline's (baseline ops/s ÷ ours; our wall time ÷
 * the baseline's), so that lower is better and 1.00x is the floor. Lines starting with {@code #}
 * are comments: the machine, and the baselines' own figures. Exits 1 when a baseline check fails
 * (the baseline would not compute what we compute) or a command under test fails.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.telelicense.benchmarks.Figures [--quick]}.
 */
public final class Figures {

  /**
   * A figure: our benchmark and its baseline, {@code Class.method}, with the seed parameter if the
   * benchmark takes one (else null).
   */
  record Pair(String figure, String ours, String baseline, String seed) {
    Pair(String figure, String ours, String baseline) {
      this(figure, ours, baseline, null);
    }
  }

  /** Every JMH figure. Another variant to measure is one more benchmark method and one more row. */
  static final List<Pair> PAIRS = pairs();

  private static List<Pair> pairs() {
    List<Pair> p = new ArrayList<>();
    for (String seed : Seeds.ALL) {
      p.add(new Pair("parse." + seed, "ParseBenchmark.parse", "ParseBenchmark.decodeAndSplit", seed));
    }
    p.add(new Pair("json.write", "JsonBenchmark.write", "JsonBenchmark.jacksonWrite"));
    p.add(new Pair("json.read", "JsonBenchmark.read", "JsonBenchmark.jacksonRead"));
    p.add(new Pair("yaml.write", "YamlBenchmark.write", "YamlBenchmark.jacksonWrite"));
    p.add(new Pair("yaml.read", "YamlBenchmark.read", "YamlBenchmark.jacksonRead"));
    p.add(new Pair("rules.evaluate", "RulesBenchmark.rulebook", "RulesBenchmark.parse"));
    p.add(new Pair("rules.prepared", "RulesBenchmark.prepared", "RulesBenchmark.parse"));
    p.add(new Pair("provisions.match", "RulesBenchmark.match", "RulesBenchmark.parse"));
    p.add(new Pair("find.page", "FindBenchmark.find", "FindBenchmark.decodeAndSplit"));
    return List.copyOf(p);
  }

  /**
   * The targets, as the most our cost may be over the baseline's, by figure or by the prefix of a
   * family of figures ({@code parse.} for every seed). A figure over its target gets a comment saying
   * so; the run's exit code is about the baselines' checks only.
   */
  static final Map<String, Double> TARGETS = Map.of(
      "parse.", 5.0,
      "json.", 1.5,
      "yaml.", 1.5,
      "rules.evaluate", 0.5,
      "cli.number", 3.0,
      "cli.check", 4.0,
      "find.page", 5.0);

  private Figures() {}

  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    boolean quick = Arrays.asList(args).contains("--quick");
    System.out.println(machine());
    try {
      // The same checks the benchmarks' setups make, here first so that a failure is quick and clear.
      PlainJackson.requireSameDocuments(Seeds.license(Seeds.SAMPLE));
      RulesBenchmark.requireSameFindings(Seeds.license(Seeds.SAMPLE), Seeds.facts(Seeds.SAMPLE),
          Seeds.AS_OF);
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
    System.err.println("# running the JMH benchmarks (" + (quick ? "about 2 minutes" : "about 10 minutes")
        + ")…");
    for (Pair p : PAIRS) {
      Map<String, Double> opsPerSecond = runJmh(p, quick);
      double ours = score(opsPerSecond, p.ours());
      double base = score(opsPerSecond, p.baseline());
      System.out.println(line(p.figure(), ops(ours), "ops/s", base / ours));
      printTarget(p.figure(), base / ours);
      String which = p.seed() == null ? p.baseline() : p.baseline() + "[" + p.seed() + "]";
      System.out.println("#   baseline " + which + " " + ops(base) + " ops/s");
      System.out.flush();
    }
    if (!CliStart.run(quick ? 10 : 30)) {
      System.exit(1);
    }
  }

  /** {@code # machine: …}: enough to tell whose figures these are. */
  static String machine() {
    return String.format(Locale.ROOT, "# machine: %d cores, Java %s (%s %s), %s %s %s",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.vendor"), System.getProperty("java.vm.name"),
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
  }

  /**
   * Runs one pair, ours and its baseline back to back, so that both see much the same load on a
   * shared machine (JMH would otherwise run all benchmarks in name order, a minute or more apart).
   * Returns the throughput of each, keyed {@code Class.method}.
   */
  private static Map<String, Double> runJmh(Pair pair, boolean quick) throws RunnerException {
    OptionsBuilder o = new OptionsBuilder();
    o.include("^dev\\.telelicense\\.benchmarks\\.(" + Pattern.quote(pair.ours()) + "|"
            + Pattern.quote(pair.baseline()) + ")$")
        .mode(Mode.Throughput)
        .timeUnit(TimeUnit.SECONDS)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    if (pair.seed() != null) {
      o.param("seed", pair.seed());
    }
    if (quick) {
      // 18 benchmarks x (fork start + 5 s) is about 100 s: inside three minutes with the CLI runs.
      o.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
          .measurementIterations(3).measurementTime(TimeValue.seconds(1));
    } else {
      o.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(1))
          .measurementIterations(5).measurementTime(TimeValue.seconds(2));
    }
    Options options = o.build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> scores = new HashMap<>();
    for (RunResult r : results) {
      String full = r.getParams().getBenchmark();
      String name = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
      scores.put(name, r.getPrimaryResult().getScore());
    }
    return scores;
  }

  private static double score(Map<String, Double> scores, String key) {
    Double s = scores.get(key);
    if (s == null) {
      throw new IllegalStateException("JMH reported no result for " + key + "; got " + scores.keySet());
    }
    return s;
  }

  /** {@code #   target ≤ 1.5x} after a figure that has a target, with {@code MISSED} when it is over. */
  static void printTarget(String figure, double ratio) {
    TARGETS.entrySet().stream()
        .filter(t -> figure.equals(t.getKey()) || (t.getKey().endsWith(".") && figure.startsWith(t.getKey())))
        .findFirst()
        .ifPresent(t -> System.out.println(String.format(Locale.ROOT, "#   target ≤ %.1fx%s",
            t.getValue(), ratio > t.getValue() ? " MISSED" : "")));
  }

  static String line(String name, String value, String unit, double ratio) {
    return String.format(Locale.ROOT, "%s %s %s %.2fx", name, value, unit, ratio);
  }

  /** Operations per second to three significant figures: the noise is larger than that. */
  static String ops(double perSecond) {
    return new BigDecimal(perSecond).round(new MathContext(3)).toBigInteger().toString();
  }

  /** The checkout this jar was built in: {@code benchmarks/target/benchmarks.jar} → the root. */
  static Path repositoryRoot() {
    String override = System.getProperty("telelicense.root");
    if (override != null) {
      return Path.of(override).toAbsolutePath();
    }
    try {
      Path jar = Path.of(Figures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.getParent().getParent().getParent();
      if (Files.isRegularFile(root.resolve("telelicense"))) {
        return root;
      }
    } catch (URISyntaxException | NullPointerException e) {
      // Fall through to the working directory.
    }
    return Path.of("").toAbsolutePath();
  }

  /** The jar (or classes directory) this class runs from, for the hello-world's class path. */
  static String ownClassPath() {
    try {
      return new File(Figures.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getPath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
