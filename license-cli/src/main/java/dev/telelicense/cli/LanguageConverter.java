package dev.telelicense.cli;

import dev.telelicense.rules.Language;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code zh} or {@code en}. */
final class LanguageConverter implements ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "zh" -> Language.ZH;
      case "en" -> Language.EN;
      default -> throw new TypeConversionException("'" + value + "' is not a language; use zh or en");
    };
  }
}
