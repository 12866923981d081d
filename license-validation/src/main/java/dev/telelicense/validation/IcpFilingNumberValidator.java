package dev.telelicense.validation;

import dev.telelicense.model.LicenseNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Checks {@link IcpFilingNumber} with {@link LicenseNumber#parse(CharSequence, java.time.Year)}. */
public final class IcpFilingNumberValidator implements ConstraintValidator<IcpFilingNumber, CharSequence> {
  private boolean allowSite = true;

  /** Created by the validation provider. */
  public IcpFilingNumberValidator() {}

  /**
   * Takes the constraint's options.
   *
   * @param constraint the annotation
   */
  @Override
  public void initialize(IcpFilingNumber constraint) {
    allowSite = constraint.allowSite();
  }

  /**
   * Whether the value is an ICP filing number.
   *
   * @param value the text, null being valid
   * @param context the validation context
   * @return whether it is valid
   */
  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<LicenseNumber> n = Numbers.read(value, context);
    if (n.isEmpty()) {
      return false;
    }
    if (n.get().kind() != LicenseNumber.Kind.FILING) {
      return Numbers.refuse(context, "IcpFilingNumber.license");
    }
    if (!allowSite && n.get().site().isPresent()) {
      return Numbers.refuse(context, "IcpFilingNumber.site");
    }
    return true;
  }
}
