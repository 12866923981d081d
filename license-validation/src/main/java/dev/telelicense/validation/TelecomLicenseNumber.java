package dev.telelicense.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.telelicense.model.LicenseNumber;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link CharSequence} is a value-added telecom licence number (经营许可证编号) as
 * {@link LicenseNumber#parse(CharSequence)} reads it: {@code 京B2-20190486}, {@code 京ICP证150746号},
 * {@code A2.B1.B2-20090001}, spaced and full-width printings included. {@code null} is valid (combine
 * with {@code @NotNull}). An ICP filing number (备案号) is not a licence and is refused unless
 * {@link #kinds()} lets it in. The year may be no later than the current year of the validator's
 * {@code ClockProvider}.
 */
@Documented
@Constraint(validatedBy = TelecomLicenseNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(TelecomLicenseNumber.List.class)
public @interface TelecomLicenseNumber {

  /**
   * The message, a key of the bundled {@code ContributorValidationMessages}.
   *
   * @return the message template
   */
  String message() default "{dev.telelicense.validation.TelecomLicenseNumber.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload types
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The kinds of number accepted: licences only by default; add {@code FILING} to accept 备案号 too.
   *
   * @return the kinds accepted
   */
  LicenseNumber.Kind[] kinds() default {LicenseNumber.Kind.LICENSE};

  /**
   * Whether a site suffix ({@code 粤B2-20090059-111}) is accepted; a form asking for the licence
   * itself may refuse it.
   *
   * @return whether a site suffix is accepted
   */
  boolean allowSite() default true;

  /** Several constraints on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints on one element, e.g. one per validation group with its own message.
     *
     * @return the {@code @TelecomLicenseNumber} annotations, in the order written
     */
    TelecomLicenseNumber[] value();
  }
}
