package dev.telelicense.io.document;


/** The YAML documents; see {@link DocumentCodec} for the contract. Immutable and thread-safe. */
public final class YamlDocuments extends StreamingDocuments {
  private static final YamlDocuments STANDARD = new YamlDocuments();

  private YamlDocuments() {
    super(new Engine(Factories.yaml(), DocumentFormat.YAML), DocumentFormat.YAML);
  }

  /**
   * The one instance: configured once, immutable, safe to share between threads.
   *
   * @return the YAML codec
   */
  public static YamlDocuments standard() {
    return STANDARD;
  }
}
