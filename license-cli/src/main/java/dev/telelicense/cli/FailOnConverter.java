package dev.telelicense.cli;

import dev.telelicense.cli.CheckCommand.FailOn;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code not-reviewed}: what else, besides a failed rule, makes {@code check} exit 1. */
final class FailOnConverter implements ITypeConverter<FailOn> {
  @Override
  public FailOn convert(String value) {
    if (value.toLowerCase(Locale.ROOT).replace('_', '-').equals("not-reviewed")) {
      return FailOn.NOT_REVIEWED;
    }
    throw new TypeConversionException("'" + value + "' is not a status to fail on; use not-reviewed");
  }
}
