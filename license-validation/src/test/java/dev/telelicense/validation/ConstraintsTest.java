package dev.telelicense.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.LicenseNumber.Kind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The constraints under Hibernate Validator, with the clock fixed to 2026-12-02 in Shanghai. */
class ConstraintsTest {

  /** A sign-up form for a website operator, as an application would write it. */
  static final class OperatorForm {
    @TelecomLicenseNumber String licence;
    @IcpFilingNumber String filing;
    @TelecomLicenseNumber(kinds = {Kind.LICENSE, Kind.FILING}, allowSite = false) String anyNumber;
    List<@IcpFilingNumber(allowSite = false) String> subjects = List.of();

    OperatorForm(String licence, String filing) {
      this.licence = licence;
      this.filing = filing;
    }
  }

  private static final ValidatorFactory FACTORY = factory(Locale.ENGLISH);
  private static final ValidatorFactory CHINESE = factory(Locale.SIMPLIFIED_CHINESE);

  private static ValidatorFactory factory(Locale locale) {
    Clock clock = Clock.fixed(Instant.parse("2026-12-02T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    return Validation.byProvider(HibernateValidator.class).configure()
        .clockProvider(() -> clock)
        .locales(locale)
        .defaultLocale(locale)
        .buildValidatorFactory();
  }

  @AfterAll
  static void close() {
    FACTORY.close();
    CHINESE.close();
  }

  private static List<String> violations(Validator v, OperatorForm form) {
    return v.validate(form).stream()
        .map(c -> c.getPropertyPath() + " " + c.getMessage())
        .sorted().collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"京B2-20190486", "京 ICP 证 110745 号", "A2.B1.B2-20090001", "B2-2004-0851号",
      "辽B-2-4-20080039", "合字B1.B2-20130004", "粤B2-20090059-111"})
  void licencesPass(String number) {
    assertEquals(List.of(), violations(FACTORY.getValidator(), new OperatorForm(number, "京ICP备11041704号")));
  }

  @Test
  void nullIsValid() {
    assertEquals(List.of(), violations(FACTORY.getValidator(), new OperatorForm(null, null)));
  }

  @Test
  void eachRefusalSaysWhy() {
    OperatorForm form = new OperatorForm("京ICP备11041704号", "京B2-20190486");
    form.anyNumber = "浙ICP备12005180号-3";
    form.subjects = List.of("浙ICP备12005180号", "陕ICP备2024026116号-1A", "京公网安备11010502030143号");
    assertEquals(List.of(
        "anyNumber must be the licence number without a site suffix",
        "filing is a telecom licence number, not an ICP filing number (备案号)",
        "licence is an ICP filing number (备案号), not a telecom licence number",
        "subjects[1].<list element> must be the filing number without a site suffix",
        "subjects[2].<list element> is not an ICP filing number (e.g. 京ICP备11041704号)"),
        violations(FACTORY.getValidator(), form));
  }

  @Test
  void aYearAfterTheClocksIsRefused() {
    List<String> v = violations(FACTORY.getValidator(), new OperatorForm("京B2-20990286", null));
    assertEquals(List.of("licence is not a telecom licence number (e.g. 京B2-20190486, 京ICP证150746号)"), v);
    assertEquals(List.of(), violations(FACTORY.getValidator(), new OperatorForm("京B2-20260286", null)));
  }

  @Test
  void messagesInChinese() {
    Set<ConstraintViolation<OperatorForm>> v =
        CHINESE.getValidator().validate(new OperatorForm("Bl-20172156", "京B2-20190486"));
    List<String> messages = v.stream().map(ConstraintViolation::getMessage).sorted().collect(Collectors.toList());
    assertEquals(List.of("不是有效的增值电信业务经营许可证编号（如 京B2-20190486、京ICP证150746号）",
        "是增值电信业务经营许可证编号，不是ICP备案号"), messages);
  }

  @Test
  void worksOnAnyCharSequence() {
    final class Holder {
      // Read by the validator through reflection, never by this code.
      @SuppressWarnings("UnusedVariable")
      @TelecomLicenseNumber StringBuilder number = new StringBuilder("京B2-20190486");
    }
    assertTrue(FACTORY.getValidator().validate(new Holder()).isEmpty());
  }
}
