package dev.telelicense.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.telelicense.benchmarks.DocumentTree.LicenseDoc;
import dev.telelicense.io.document.JsonDocuments;
import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.model.License;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The baselines for the document benchmarks: Jackson databind over {@link DocumentTree}, configured
 * only so far as it takes to print the very text our codecs print. {@link #requireSameDocuments}
 * proves that, so that a figure never compares two different outputs.
 */
final class PlainJackson {
  static final ObjectWriter JSON_WRITER;
  static final ObjectReader JSON_READER;
  static final ObjectWriter YAML_WRITER;
  static final ObjectReader YAML_READER;

  static {
    JsonMapper json = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
    JSON_WRITER = json.writerFor(LicenseDoc.class).with(prettyPrinter());
    JSON_READER = json.readerFor(LicenseDoc.class);

    YAMLFactory factory = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .stringQuotingChecker(new Quoting())
        .build();
    YAMLMapper yaml = YAMLMapper.builder(factory)
        .addModule(new JavaTimeModule())
        // A date as a plain scalar (2024-01-25, no quotes), as our documents and people write it.
        .addModule(new SimpleModule().addSerializer(LocalDate.class, new PlainDate()))
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
    YAML_WRITER = yaml.writerFor(LicenseDoc.class);
    YAML_READER = yaml.readerFor(LicenseDoc.class);
  }

  private PlainJackson() {}

  static String writeJson(LicenseDoc doc) {
    try {
      // Our codecs end a document with a newline; Jackson does not.
      return JSON_WRITER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String writeYaml(LicenseDoc doc) {
    try {
      return YAML_WRITER.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LicenseDoc readJson(String document) {
    try {
      return JSON_READER.readValue(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LicenseDoc readYaml(String document) {
    try {
      return YAML_READER.readValue(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails unless the baseline writes exactly our document for {@code license}, and reads our document
   * back into a tree that writes it again: both directions then handle the same text.
   */
  static void requireSameDocuments(License license) {
    LicenseDoc tree = DocumentTree.of(license);
    String json = JsonDocuments.standard().writeLicense(license);
    requireSame("JSON write", json, writeJson(tree));
    requireSame("JSON read", json, writeJson(readJson(json)));
    String yaml = YamlDocuments.standard().writeLicense(license);
    requireSame("YAML write", yaml, writeYaml(tree));
    requireSame("YAML read", yaml, writeYaml(readYaml(yaml)));
  }

  private static void requireSame(String what, String ours, String baseline) {
    if (ours.equals(baseline)) {
      return;
    }
    String[] a = ours.split("\n", -1);
    String[] b = baseline.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) {
        throw new IllegalStateException("baseline check failed: plain Jackson " + what
            + " differs from ours at line " + (i + 1) + ":\n  ours:     " + x + "\n  baseline: " + y);
      }
    }
    throw new IllegalStateException("baseline check failed: plain Jackson " + what + " differs from ours");
  }

  /** Two-space indent, {@code "key": value}, LF line ends, {@code []} when empty: our JSON layout. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** Quotes what could read back as a number, date or time: the rule our YAML documents follow. */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      if (value.isEmpty() || super.needToQuoteValue(value)) {
        return true;
      }
      char first = value.charAt(0);
      return (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.';
    }
  }

  /** Writes a date's ISO text unquoted; Jackson's YAML parser reads it back as text either way. */
  private static final class PlainDate extends StdSerializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    PlainDate() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeNumber(value.toString());
    }
  }
}
