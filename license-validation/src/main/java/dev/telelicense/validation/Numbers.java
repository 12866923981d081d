package dev.telelicense.validation;

import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberFormatException;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;
import java.util.Optional;

/** What both validators share: reading the number with the year the validator's clock allows. */
final class Numbers {
  private Numbers() {}

  /**
   * The number, or empty when the text is none. The latest plausible year is the current year of the
   * validation's {@code ClockProvider}: configurable, and fixed in tests.
   */
  static Optional<LicenseNumber> read(CharSequence text, ConstraintValidatorContext context) {
    try {
      return Optional.of(LicenseNumber.parse(text, Year.now(context.getClockProvider().getClock())));
    } catch (LicenseNumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Replaces the default message with another key of the bundle. */
  static boolean refuse(ConstraintValidatorContext context, String key) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{dev.telelicense.validation." + key + "}").addConstraintViolation();
    return false;
  }
}
