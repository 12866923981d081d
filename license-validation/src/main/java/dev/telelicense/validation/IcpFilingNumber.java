package dev.telelicense.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link CharSequence} is an ICP filing number (ICP备案号) such as
 * {@code 京ICP备11041704号}, {@code 浙ICP备12005180号-3} or {@code 陕ICP备2024026116号-1A}, spaced and
 * full-width printings included. {@code null} is valid (combine with {@code @NotNull}). A licence
 * number is refused: it is not a filing.
 */
@Documented
@Constraint(validatedBy = IcpFilingNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(IcpFilingNumber.List.class)
public @interface IcpFilingNumber {

  /**
   * The message, a key of the bundled {@code ContributorValidationMessages}.
   *
   * @return the message template
   */
  String message() default "{dev.telelicense.validation.IcpFilingNumber.message}";

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
   * Whether a site suffix ({@code -3}, {@code -1A}) is accepted, as a site's own filing prints it;
   * refuse it to ask for the filing subject's number.
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
     * @return the {@code @IcpFilingNumber} annotations, in the order written
     */
    IcpFilingNumber[] value();
  }
}
