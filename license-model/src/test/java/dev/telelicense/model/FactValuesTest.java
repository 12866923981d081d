package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The values issue 14 added: annual reports named by the year covered, attestations until a day, gaps. */
class FactValuesTest {
  private static final LocalDate FILED = LocalDate.of(2025, 3, 20);

  @Test
  void coversGivesTheYearDue() {
    AnnualReport r = AnnualReport.builder().covers(2024).filedOn(FILED).build();
    assertEquals(2025, r.year());
    assertEquals(OptionalInt.of(2024), r.covers());
  }

  @Test
  void yearAloneKeepsItsMeaning() {
    AnnualReport r = AnnualReport.builder().year(2025).filedOn(FILED).build();
    assertEquals(2025, r.year());
    assertEquals(OptionalInt.empty(), r.covers());
  }

  @Test
  void yearAndCoversMustAgree() {
    assertEquals(2025, AnnualReport.builder().year(2025).covers(2024).filedOn(FILED).build().year());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AnnualReport.builder().year(2024).covers(2024).filedOn(FILED).build());
    assertTrue(e.getMessage().contains("year 2024 and covers 2024 disagree"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> AnnualReport.builder().filedOn(FILED).build());
  }

  @Test
  void attestationUntilIsNotBeforeItsDate() {
    Attestation a = Attestation.builder().provision("十").by("张三").on(LocalDate.of(2026, 1, 5))
        .until(LocalDate.of(2026, 12, 31)).build();
    assertEquals(LocalDate.of(2026, 12, 31), a.until().orElseThrow());
    assertThrows(IllegalStateException.class, () -> Attestation.builder().provision("十").by("张三")
        .on(LocalDate.of(2026, 1, 5)).until(LocalDate.of(2025, 12, 31)).build());
  }

  @Test
  void gapsCarryTheirSeverity() {
    assertTrue(Gap.of(Gap.Kind.NUMBERING_STOPS, "十至十四").isError());
    assertFalse(Gap.of(Gap.Kind.APPENDIX_MISSING, "信息服务业务").isError());
    assertEquals(Gap.Severity.WARNING, Gap.of(Gap.Kind.TEXT_CUT_OFF, "九").severity());
    assertThrows(IllegalStateException.class, () -> Gap.of(Gap.Kind.TEXT_CUT_OFF, "九\n十"));
  }

  @Test
  void aLicenceWithAnErrorGapIsIncomplete() {
    License complete = License.builder().number(LicenseNumber.parse("京B2-20240286")).licensee("示例").build();
    assertFalse(complete.isIncomplete());
    assertTrue(License.builder().from(complete).addGaps(Gap.of(Gap.Kind.PROVISIONS_MISSING, "")).build()
        .isIncomplete());
    assertFalse(License.builder().from(complete).addGaps(Gap.of(Gap.Kind.APPENDIX_MISSING, "信息服务业务"))
        .build().isIncomplete());
  }
}
