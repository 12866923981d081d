package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.License;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The surrogate check of {@link Out}: its answers and messages, and that written documents end in
 * exactly one newline.
 */
class WriteTextTest {

  static Stream<DocumentCodec> codecs() {
    return Stream.of(JsonDocuments.standard(), YamlDocuments.standard());
  }

  private static License withRepresentative(String text) {
    return License.builder().from(Samples.seed001()).legalRepresentative(text).build();
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void unpairedSurrogatesAreRefusedAtTheirIndex(DocumentCodec codec) {
    String[][] cases = {
        {"\uD800", "0"}, {"ab\uDC00", "2"}, {"a\uD83D", "1"}, {"\uD83D\uDE00\uDE00", "2"},
        {"😀x\uD800y", "3"}, {"\uDC00\uD800", "0"}, {"中文\uD800\uDC00\uDC00", "4"}};
    for (String[] c : cases) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> codec.writeLicense(withRepresentative(c[0])));
      assertEquals("legalRepresentative contains an unpaired surrogate at index " + c[1], e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void pairedSurrogatesAreWrittenAndEndInOneNewline(DocumentCodec codec) {
    for (String text : new String[] {"😀", "a😀b😀", "\uD83D\uDE00中", "plain"}) {
      License l = withRepresentative(text);
      String doc = codec.writeLicense(l);
      assertTrue(doc.endsWith("\n") && !doc.endsWith("\n\n"), doc);
      assertEquals(l, codec.readLicense(doc), doc);
    }
  }
}
