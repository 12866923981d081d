package dev.telelicense.cli;

import dev.telelicense.io.document.DocumentFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code json} or {@code yaml}, case-insensitive; anything else is a usage error naming the choices. */
final class FormatConverter implements ITypeConverter<DocumentFormat> {
  @Override
  public DocumentFormat convert(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "json":
        return DocumentFormat.JSON;
      case "yaml":
      case "yml":
        return DocumentFormat.YAML;
      default:
        throw new TypeConversionException("'" + value + "' is not a format; use json or yaml");
    }
  }
}
