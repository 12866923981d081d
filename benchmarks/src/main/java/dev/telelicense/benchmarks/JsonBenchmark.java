package dev.telelicense.benchmarks;

import dev.telelicense.io.document.JsonDocuments;

/** The JSON licence document: our codec against plain Jackson (see {@link DocumentBenchmark}). */
public class JsonBenchmark extends DocumentBenchmark {
  public JsonBenchmark() {
    super(JsonDocuments.standard(), PlainJackson::writeJson, PlainJackson::readJson);
  }
}
