package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.LicenseNumber.Kind;
import dev.telelicense.model.LicenseNumberFormatException.Reason;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseNumberTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "京ICP证150746号", "京ICP证030173号-1", "京B2-20190486", "苏B1-20130063", "皖B1.B2-20070020",
      "B2-20090028", "B1.B2-20090108", "A2.B1.B2-20090001", "合字B1.B2-20130004",
      "粤B2-20090059-111", "京ICP备11041704号", "浙ICP备12005180号-3", "陕ICP备2024026116号-1A",
      "粤ICP备2021000001号-2X", "蜀ICP备12345678号"})
  void canonicalFormsRoundTrip(String text) {
    LicenseNumber n = LicenseNumber.parse(text);
    assertEquals(text, n.toString());
    assertEquals(n, LicenseNumber.parse(n.toString()));
    assertEquals(n.hashCode(), LicenseNumber.parse(n.toString()).hashCode());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "京Ｂ２－２０１９０４８６, 京B2-20190486",
      "粤A2-20044005号, 粤A2-20044005",
      "京ｂ２-20190486, 京B2-20190486",
      "' 京B2-20190486 ', 京B2-20190486",
      "京ICP证１５０７４６号, 京ICP证150746号",
      "粤B2—20090059—111, 粤B2-20090059-111"})
  void fullWidthDashesAndTrailingHaoAreAccepted(String text, String canonical) {
    assertEquals(canonical, LicenseNumber.parse(text).toString());
  }

  @Test
  void provincialCategoryNumberDecodes() {
    LicenseNumber n = LicenseNumber.parse("粤B2-20090059-111");
    assertEquals(Kind.LICENSE, n.kind());
    assertEquals("粤", n.issuer());
    assertEquals("广东省", n.region());
    assertEquals(List.of("B2"), n.categories());
    assertEquals(OptionalInt.of(2009), n.year());
    assertEquals("0059", n.serial());
    assertEquals(Optional.of("111"), n.site());
    assertFalse(n.isForeignInvested());
    assertFalse(n.isIcp());
    assertEquals("粤B2-20090059", n.withoutSite().toString());
  }

  @Test
  void crossRegionalNumberIsIssuedByMiitForTheWholeCountry() {
    LicenseNumber n = LicenseNumber.parse("A2.B1.B2-20090001");
    assertEquals("MIIT", n.issuer());
    assertEquals("全国", n.region());
    assertEquals(Optional.empty(), n.province());
    assertEquals(List.of("A2", "B1", "B2"), n.categories());
  }

  @Test
  void foreignInvestedNumberIsMarked() {
    LicenseNumber n = LicenseNumber.parse("合字B1.B2-20130004");
    assertTrue(n.isForeignInvested());
    assertEquals("MIIT", n.issuer());
    assertEquals(OptionalInt.of(2013), n.year());
    assertEquals("0004", n.serial());
  }

  @Test
  void icpLicenceKeepsItsSerialAndSite() {
    LicenseNumber n = LicenseNumber.parse("京ICP证030173号-1");
    assertEquals(Kind.LICENSE, n.kind());
    assertTrue(n.isIcp());
    assertEquals("030173", n.serial());
    assertEquals(Optional.of("1"), n.site());
    assertEquals(OptionalInt.empty(), n.year());
    assertEquals(List.of(), n.categories());
  }

  @Test
  void filingIsNotALicence() {
    LicenseNumber n = LicenseNumber.parse("陕ICP备2024026116号-1A");
    assertEquals(Kind.FILING, n.kind());
    assertEquals("2024026116", n.serial());
    assertEquals(Optional.of("1"), n.site());
    assertEquals(Optional.of('A'), n.siteType());
    assertEquals("陕西省", n.region());
  }

  @Test
  void aliasPrefixIsKeptButTheIssuerIsCanonical() {
    LicenseNumber n = LicenseNumber.parse("蜀ICP备12345678号");
    assertEquals("川", n.issuer());
    assertEquals("四川省", n.region());
    assertEquals("蜀ICP备12345678号", n.toString());
    assertEquals("贵", LicenseNumber.parse("贵B2-20200001").toString().substring(0, 1));
    assertEquals("黔", LicenseNumber.parse("贵B2-20200001").issuer());
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource({
      "'', EMPTY, 0",
      "'   ', EMPTY, 3",
      "京B3-20190486, UNKNOWN_CATEGORY, 1",
      "C2-20090028, UNKNOWN_CATEGORY, 0",
      "京B2-2019048, WRONG_DIGIT_COUNT, 4",
      "京B2-201904861, WRONG_DIGIT_COUNT, 4",
      "京ICP证15O746号, EXPECTED_DIGIT, 7",
      "京ICP证1507461号, WRONG_DIGIT_COUNT, 5",
      "港B2-20190486, UNKNOWN_PROVINCE, 0",
      "京B2-20190486abc, TRAILING_TEXT, 12",
      "京B220190486, MISSING_SEPARATOR, 3",
      "京ICP150746号, MISSING_SEPARATOR, 4",
      "京ICP证150746, MISSING_SEPARATOR, 11",
      "京B2-18190486, INVALID_YEAR, 4",
      "粤B2-20090059-, INVALID_SITE_SUFFIX, 13",
      "粤B2-20090059-1234567, INVALID_SITE_SUFFIX, 13",
      "京ICP备110417号X, TRAILING_TEXT, 12"})
  void refusalsNameTheReasonAndIndex(String text, Reason reason, int index) {
    LicenseNumberFormatException e =
        assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse(text));
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(index, e.errorIndex(), e.getMessage());
    assertEquals(text, e.input());
  }

  @Test
  void messageSaysWhatAndWhere() {
    LicenseNumberFormatException e =
        assertThrows(LicenseNumberFormatException.class, () -> LicenseNumber.parse("京B3-20190486"));
    assertEquals("invalid licence number '京B3-20190486' at index 1: unknown service category ('B3')",
        e.getMessage());
  }

  @Test
  void nullIsRefusedAtTheDoor() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> LicenseNumber.parse(null));
    assertEquals("text", e.getMessage());
  }
}
