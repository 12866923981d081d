package dev.telelicense.examples;

import dev.telelicense.model.LicenseNumber;
import dev.telelicense.validation.IcpFilingNumber;
import dev.telelicense.validation.TelecomLicenseNumber;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;

/** A form bean checked with Bean Validation: the licence must be a licence, the filing a filing. */
public final class SignUpForm {

  /** What a website operator enters when signing up with an access provider. */
  public static final class Operator {
    @NotNull @TelecomLicenseNumber
    String licenseNumber;

    @IcpFilingNumber
    String filingNumber;

    @TelecomLicenseNumber(kinds = {LicenseNumber.Kind.LICENSE, LicenseNumber.Kind.FILING}, allowSite = false)
    String shownOnHomepage;

    Operator(String licenseNumber, String filingNumber, String shownOnHomepage) {
      this.licenseNumber = licenseNumber;
      this.filingNumber = filingNumber;
      this.shownOnHomepage = shownOnHomepage;
    }
  }

  public static void main(String[] args) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Operator ok = new Operator("京 ICP 证 110745 号", "京ICP备11041704号-1", "京B2-20190486");
      Operator wrong = new Operator("京ICP备11041704号", "京B2-20190486", "浙ICP备12005180号-3");
      System.out.println("ok: " + validator.validate(ok).size() + " violations");
      validator.validate(wrong).stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> v.getPropertyPath() + " " + v.getMessage())
          .forEach(System.out::println);
    }
  }

  private SignUpForm() {}
}
