package dev.telelicense.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A number of days, 0 to 36,500 (a century): {@code --horizon}, {@code --fail-within}. */
final class DaysConverter implements ITypeConverter<Integer> {
  static final int MAX = 36_500;

  @Override
  public Integer convert(String value) {
    if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > MAX) {
      throw new TypeConversionException("'" + value + "' is not a number of days from 0 to " + MAX);
    }
    return Integer.parseInt(value);
  }
}
