package dev.telelicense.cli;

import dev.telelicense.io.document.DocumentFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code json} or {@code yaml}, case-insensitive; anything else is a usage error naming the choices. */
final class FormatConverter implements ITypeConverter<DocumentFormat> {
  @Override
  public DocumentFormat convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "json" -> DocumentFormat.JSON;
      case "yaml", "yml" -> DocumentFormat.YAML;
      default -> throw new TypeConversionException("'" + value + "' is not a format; use json or yaml");
    };
  }
}
