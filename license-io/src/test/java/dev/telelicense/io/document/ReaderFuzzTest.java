package dev.telelicense.io.document;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whatever the bytes, a reader either returns a value or throws its one documented exception,
 * {@link DocumentException}: never another exception, a hang or an exhausted heap. One target per
 * document, each seeded (under {@code ReaderFuzzTestInputs/<method>/}) with real documents in both
 * formats, so that the fuzzer starts from what users actually send.
 */
class ReaderFuzzTest {
  private static final List<DocumentCodec> CODECS =
      List.of(JsonDocuments.standard(), YamlDocuments.standard());

  @FuzzTest
  void licenceReadersThrowOnlyDocumentException(byte[] input) {
    readAsEveryFormat(input, DocumentCodec::readLicense);
  }

  @FuzzTest
  void factsReadersThrowOnlyDocumentException(byte[] input) {
    readAsEveryFormat(input, DocumentCodec::readFacts);
  }

  @FuzzTest
  void reportReadersThrowOnlyDocumentException(byte[] input) {
    readAsEveryFormat(input, DocumentCodec::readReport);
  }

  private interface Reader {
    Object read(DocumentCodec codec, String document);
  }

  private static void readAsEveryFormat(byte[] input, Reader reader) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (DocumentCodec codec : CODECS) {
      try {
        reader.read(codec, text);
      } catch (DocumentException expected) {
        // the one exception a reader may throw
      }
    }
  }
}
