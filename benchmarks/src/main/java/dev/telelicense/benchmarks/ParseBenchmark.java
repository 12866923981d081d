package dev.telelicense.benchmarks;

import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.io.ReadResult;
import dev.telelicense.model.License;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Licence text to {@link License}, against the floor of any text reader: decoding the same UTF-8
 * bytes and splitting them into lines. Both start from bytes so that the decode counts on both sides.
 */
@State(Scope.Benchmark)
public class ParseBenchmark {
  @Param({"jing-b2-20190486", "jing-b2-20240286", "jing-b2-20252223", "jing-icp-150746"})
  public String seed;

  private byte[] bytes;
  private final LicenseTextParser parser = LicenseTextParser.standard();

  @Setup
  public void load() {
    bytes = Seeds.licenseBytes(seed);
  }

  @Benchmark
  public ReadResult<License> parse() {
    return parser.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  @Benchmark
  public List<String> decodeAndSplit() {
    return new String(bytes, StandardCharsets.UTF_8).lines().toList();
  }
}
