package dev.telelicense.benchmarks;

import dev.telelicense.io.document.YamlDocuments;

/** The YAML licence document: our codec against plain Jackson (see {@link DocumentBenchmark}). */
public class YamlBenchmark extends DocumentBenchmark {
  public YamlBenchmark() {
    super(YamlDocuments.standard(), PlainJackson::writeYaml, PlainJackson::readYaml);
  }
}
