package dev.telelicense.validation;

import dev.telelicense.model.LicenseNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks {@link TelecomLicenseNumber} with {@link LicenseNumber#parse(CharSequence, java.time.Year)}. */
public final class TelecomLicenseNumberValidator implements ConstraintValidator<TelecomLicenseNumber, CharSequence> {
  private Set<LicenseNumber.Kind> kinds = EnumSet.of(LicenseNumber.Kind.LICENSE);
  private boolean allowSite = true;

  /** Created by the validation provider. */
  public TelecomLicenseNumberValidator() {}

  /**
   * Takes the constraint's options.
   *
   * @param constraint the annotation
   */
  @Override
  public void initialize(TelecomLicenseNumber constraint) {
    kinds = constraint.kinds().length == 0 ? EnumSet.noneOf(LicenseNumber.Kind.class)
        : EnumSet.copyOf(java.util.List.of(constraint.kinds()));
    allowSite = constraint.allowSite();
  }

  /**
   * Whether the value is a licence number of an accepted kind.
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
    if (!kinds.contains(n.get().kind())) {
      return Numbers.refuse(context, n.get().kind() == LicenseNumber.Kind.FILING
          ? "TelecomLicenseNumber.filing" : "TelecomLicenseNumber.message");
    }
    if (!allowSite && n.get().site().isPresent()) {
      return Numbers.refuse(context, "TelecomLicenseNumber.site");
    }
    return true;
  }
}
