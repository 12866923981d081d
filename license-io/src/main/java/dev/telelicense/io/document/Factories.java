package dev.telelicense.io.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

/** The two configured factories. Built once; Jackson factories are thread-safe once configured. */
final class Factories {
  private Factories() {}

  /**
   * Jackson's own limits back up the cursor's: depth one above ours so that our clearer message wins,
   * strings as long as a whole document so that our string check (with its message) runs first.
   */
  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(DocumentLimits.MAX_DOCUMENT_CHARS)
        .maxNestingDepth(DocumentLimits.MAX_NESTING_DEPTH + 1)
        .maxStringLength(DocumentLimits.MAX_DOCUMENT_CHARS)
        .maxNameLength(DocumentLimits.MAX_NAME_CHARS)
        .maxNumberLength(DocumentLimits.MAX_NUMBER_DIGITS)
        .build();
  }

  static JsonFactory json() {
    return JsonFactory.builder()
        .streamReadConstraints(constraints())
        // Messages must not echo document content beyond what we quote ourselves.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // The cursor detects duplicates itself, with the same message for both formats.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  static YAMLFactory yaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(DocumentLimits.MAX_DOCUMENT_CHARS);
    loader.setNestingDepthLimit(DocumentLimits.MAX_NESTING_DEPTH);
    loader.setAllowDuplicateKeys(false);
    loader.setAllowRecursiveKeys(false);
    loader.setMaxAliasesForCollections(1);
    loader.setProcessComments(false);
    return YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(constraints())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // "key:" with nothing after it reads as null (an error), while '' stays an empty string.
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
        .disable(YAMLGenerator.Feature.USE_NATIVE_OBJECT_ID)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .stringQuotingChecker(new YamlQuoting())
        .build();
  }
}
