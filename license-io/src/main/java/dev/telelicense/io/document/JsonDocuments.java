package dev.telelicense.io.document;


/** The JSON documents; see {@link DocumentCodec} for the contract. Immutable and thread-safe. */
public final class JsonDocuments extends StreamingDocuments {
  private static final JsonDocuments STANDARD = new JsonDocuments();

  private JsonDocuments() {
    super(new Engine(Factories.json(), DocumentFormat.JSON), DocumentFormat.JSON);
  }

  /**
   * The one instance: configured once, immutable, safe to share between threads.
   *
   * @return the JSON codec
   */
  public static JsonDocuments standard() {
    return STANDARD;
  }
}
