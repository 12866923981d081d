package dev.telelicense.benchmarks;

import dev.telelicense.benchmarks.DocumentTree.LicenseDoc;
import dev.telelicense.io.document.DocumentCodec;
import dev.telelicense.model.License;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The licence document written and read by our codec, against plain Jackson on a POJO tree producing
 * the same text. JMH runs these methods for each format's subclass, so JSON and YAML are measured by
 * the same code.
 */
@State(Scope.Benchmark)
public abstract class DocumentBenchmark {
  private final DocumentCodec codec;
  private final Function<LicenseDoc, String> jacksonWriter;
  private final Function<String, LicenseDoc> jacksonReader;
  private License license;
  private String document;

  DocumentBenchmark(DocumentCodec codec, Function<LicenseDoc, String> jacksonWriter,
      Function<String, LicenseDoc> jacksonReader) {
    this.codec = codec;
    this.jacksonWriter = jacksonWriter;
    this.jacksonReader = jacksonReader;
  }

  @Setup
  public void load() {
    license = Seeds.license(Seeds.SAMPLE);
    PlainJackson.requireSameDocuments(license);
    document = codec.writeLicense(license);
  }

  @Benchmark
  public String write() {
    return codec.writeLicense(license);
  }

  @Benchmark
  public License read() {
    return codec.readLicense(document);
  }

  /**
   * The licence turned into the POJO tree, then written. The tree is built here, not in setup, since
   * the document names each provision's catalogue id and title, which neither side has before it
   * matches the licence's provisions: a plain-Jackson user calls the same {@code ProvisionMatcher} we
   * do. Both sides thus do that matching (about 100 µs of a sample licence, more than either writer),
   * and the ratio stays one of writers.
   */
  @Benchmark
  public String jacksonWrite() {
    return jacksonWriter.apply(DocumentTree.of(license));
  }

  @Benchmark
  public LicenseDoc jacksonRead() {
    return jacksonReader.apply(document);
  }
}
