package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.LicenseNumberFormatException.Detail;
import dev.telelicense.model.LicenseNumberFormatException.Reason;
import java.time.Year;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms printed in the wild (issue 18): spaces, 號, historic forms, and refusals that name the cause. */
class LicenseNumberFormsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "京 ICP 证 110745 号 | 京ICP证110745号",
      "京ICP备 12022551号 | 京ICP备12022551号",
      "京 ICP 备 13052560 号 - 1 | 京ICP备13052560号-1",
      "沪\u3000B2-20210012 | 沪B2-20210012",
      "粤\u00A0B2-2009\u00A00059 | 粤B2-20090059",
      "A2. B1. B2 - 20090001 | A2.B1.B2-20090001",
      "京ICP证150746號 | 京ICP证150746号",
      "浙 ICP 备 12005180 号 -3 | 浙ICP备12005180号-3",
      "B2-2004-0851号 | B2-2004-0851",
      "Ｂ２－２００４－０８５１號 | B2-2004-0851",
      "辽B-2-4-20080039 | 辽B-2-4-20080039",
      "湘B-2-4-20060060号 | 湘B-2-4-20060060",
      "合字 B1.B2-20130004 | 合字B1.B2-20130004"})
  void printedFormsAreRead(String printed, String canonical) {
    LicenseNumber n = LicenseNumber.parse(printed);
    assertEquals(canonical, n.toString());
    assertEquals(n, LicenseNumber.parse(n.toString()));
  }

  @Test
  void historicMiitFormCarriesYearAndSerial() {
    LicenseNumber n = LicenseNumber.parse("B2-2004-0851号");
    assertEquals(LicenseNumber.MIIT, n.issuer());
    assertEquals(List.of("B2"), n.categories());
    assertEquals(OptionalInt.of(2004), n.year());
    assertEquals("0851", n.serial());
    assertFalse(n.isSameLicense(LicenseNumber.parse("B2-20040851")), "no rule says they are one");
  }

  @Test
  void dashedProvincialFormKeepsTheCategory() {
    LicenseNumber n = LicenseNumber.parse("辽B-2-4-20080039");
    assertEquals("辽", n.issuer());
    assertEquals(List.of("B2"), n.categories());
    assertEquals(OptionalInt.of(2008), n.year());
    assertEquals("0039", n.serial());
  }

  @Test
  void icpLicenceSerialsCarryNoYear() {
    assertEquals(OptionalInt.empty(), LicenseNumber.parse("京ICP证110745号").year());
    assertEquals("110745", LicenseNumber.parse("京ICP证110745号").serial());
  }

  @Test
  void twoPrintingsOfOneLicence() {
    assertTrue(LicenseNumber.parse("A2.B1.B2-20202637").isSameLicense(LicenseNumber.parse("B1.B2-20202637")));
    assertTrue(LicenseNumber.parse("粤B2-20090059-111").isSameLicense(LicenseNumber.parse("粤B2-20090059")));
    assertTrue(LicenseNumber.parse("蜀ICP备12345678号-2").isSameLicense(LicenseNumber.parse("川ICP备12345678号")));
    assertFalse(LicenseNumber.parse("京B2-20202637").isSameLicense(LicenseNumber.parse("B2-20202637")));
    assertFalse(LicenseNumber.parse("合字B1.B2-20130004").isSameLicense(LicenseNumber.parse("B1.B2-20130004")));
    assertFalse(LicenseNumber.parse("京ICP证110745号").isSameLicense(LicenseNumber.parse("京ICP备110745号")));
    assertFalse(LicenseNumber.parse("B1.B2-20202637").isSameLicense(LicenseNumber.parse("B1.B2-20202638")));
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "京公网安备 11010502030143号 | PUBLIC_SECURITY_FILING | 1",
      "浙公网安备33010602011771号 | PUBLIC_SECURITY_FILING | 1",
      "浙网文（2019）1033-086号 | CULTURE_LICENSE | 1",
      "京网文〔2023〕0123-004号 | CULTURE_LICENSE | 1",
      "91110108MA01C2X47U | CREDIT_CODE | 0",
      "91330100 7109 1538 4L | CREDIT_CODE | 0",
      "B1.B2.B1-20202637 | REPEATED_CATEGORY | 6",
      "B2.B2-20202637 | REPEATED_CATEGORY | 3",
      "B2.B1-20202637 | CATEGORIES_OUT_OF_ORDER | 3",
      "京B2-2019-0486 | WRONG_DIGIT_COUNT | 4",
      "京B-3-4-20080039 | UNKNOWN_CATEGORY | 1",
      "辽B-2-x-20080039 | EXPECTED_DIGIT | 5",
      "B2-1989-0851 | INVALID_YEAR | 3",
      "B2-2004-085 | WRONG_DIGIT_COUNT | 8"})
  void refusalsNameTheCause(String text, Reason reason, int index) {
    LicenseNumberFormatException e =
        assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse(text));
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(index, e.errorIndex(), e.getMessage());
  }

  @Test
  void letterLForOneIsAHintNeverACorrection() {
    LicenseNumberFormatException e =
        assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse("Bl-20172156"));
    Detail d = e.detail();
    assertEquals(Reason.UNKNOWN_CATEGORY, d.reason());
    assertEquals("Bl", d.found());
    assertEquals("B1 written with the letter l?", d.hint());
    assertEquals("invalid licence number 'Bl-20172156' at index 0: unknown service category "
        + "('Bl'; B1 written with the letter l?)", e.getMessage());
  }

  @Test
  void letterOForZeroIsAHint() {
    LicenseNumberFormatException e =
        assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse("京B2-2O190486"));
    assertEquals(Reason.EXPECTED_DIGIT, e.reason());
    assertEquals("O", e.detail().found());
    assertEquals("0 written with the letter O?", e.detail().hint());
  }

  @Test
  void aSpaceIsNoLongerTakenForACategory() {
    LicenseNumberFormatException e =
        assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse("京 IPC 证 110745 号"));
    assertEquals(Reason.UNKNOWN_CATEGORY, e.reason());
    assertEquals("IP", e.detail().found(), "the printed letters, not a space");
  }

  @Test
  void otherRegistrationsAreNamed() {
    assertEquals("a public-security filing (公网安备), not a telecom licence",
        assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse("京公网安备11010502030143号"))
            .detail().explanation());
    assertTrue(assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse("浙网文（2019）1033-086号"))
        .getMessage().contains("网络文化经营许可证"));
    assertTrue(assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse("91110108MA01C2X47U"))
        .getMessage().contains("统一社会信用代码"));
  }

  @Test
  void latestPlausibleYearIsTheCallersToGive() {
    assertEquals(OptionalInt.of(2099), LicenseNumber.parse("京B2-20990286").year());
    LicenseNumberFormatException e = assertThrows(LicenseNumberFormatException.class,
        () -> LicenseNumber.parse("京B2-20990286", Year.of(2026)));
    assertEquals(Reason.INVALID_YEAR, e.reason());
    assertEquals(4, e.errorIndex());
    assertEquals("2099", e.detail().found());
    assertEquals("implausible year ('2099', after the latest plausible year 2026)", e.detail().explanation());
    assertEquals("京B2-20260001", LicenseNumber.parse("京B2-20260001", Year.of(2026)).toString());
    assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse("B2-2027-0851", Year.of(2026)));
  }

  @Test
  void detailRefusesMisuse() {
    assertThrows(IllegalArgumentException.class, () -> new Detail(Reason.EMPTY, -1, "", "", ""));
    assertThrows(NullPointerException.class, () -> new Detail(Reason.EMPTY, 0, null, "", ""));
    assertThrows(NullPointerException.class, () -> LicenseNumber.parse("京B2-20190486", null));
  }
}
