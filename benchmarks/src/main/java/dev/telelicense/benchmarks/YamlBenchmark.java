package dev.telelicense.benchmarks;

import dev.telelicense.benchmarks.DocumentTree.LicenseDoc;
import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.model.License;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The YAML licence document written and read by our codec, against plain Jackson on a POJO tree. */
@State(Scope.Benchmark)
public class YamlBenchmark {
  private final YamlDocuments codec = YamlDocuments.standard();
  private License license;
  private LicenseDoc tree;
  private String document;

  @Setup
  public void load() {
    license = Seeds.license(Seeds.SAMPLE);
    PlainJackson.requireSameDocuments(license);
    tree = DocumentTree.of(license);
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

  @Benchmark
  public String jacksonWrite() {
    return PlainJackson.writeYaml(tree);
  }

  @Benchmark
  public LicenseDoc jacksonRead() {
    return PlainJackson.readYaml(document);
  }
}
