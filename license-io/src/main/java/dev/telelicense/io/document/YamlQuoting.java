package dev.telelicense.io.document;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * When a YAML string value needs quotes: Jackson's checks (reserved words such as {@code yes},
 * {@code null}, and special characters), plus anything starting like a number, date or time — so that
 * {@code "2025"}, {@code "2025-03-20"}, {@code "12:30"} or {@code ".inf"} read back as strings in any
 * YAML 1.1 or 1.2 reader, not only ours. Names are our fixed keys and keep Jackson's rule.
 */
final class YamlQuoting extends StringQuotingChecker.Default {
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
