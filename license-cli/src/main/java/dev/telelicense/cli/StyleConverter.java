package dev.telelicense.cli;

import dev.telelicense.cli.CheckCommand.ReportStyle;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code text} or {@code json}. */
final class StyleConverter implements ITypeConverter<ReportStyle> {
  @Override
  public ReportStyle convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "text" -> ReportStyle.TEXT;
      case "json" -> ReportStyle.JSON;
      default -> throw new TypeConversionException("'" + value + "' is not a report format; use text or json");
    };
  }
}
