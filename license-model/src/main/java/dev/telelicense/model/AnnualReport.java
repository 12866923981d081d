package dev.telelicense.model;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * 经营许可证年报 — the annual report for a year, and when it was filed. MIIT names a report by the year
 * it covers (the 2024年度 report is filed in the first quarter of 2025): give {@link #covers()}, or
 * {@link #year()} (the year in whose first quarter it was due), or both when they agree.
 */
@Value.Immutable
public abstract class AnnualReport {

  // Package-private: only the generated ImmutableAnnualReport extends this class.
  AnnualReport() {}

  /**
   * The year the report covers (年度), when given.
   *
   * @return the year reported on, or empty when only {@link #year()} was given
   */
  public abstract OptionalInt covers();

  /**
   * The year the report was due in (filed in that year's first quarter): one after {@link #covers()}
   * when only that was given.
   *
   * @return the year due
   * @throws IllegalStateException on build, when neither year nor covers is given
   */
  @Value.Default
  public int year() {
    if (covers().isEmpty()) {
      throw new IllegalStateException("an annual report needs the year it covers (covers) or the year"
          + " it was due (year)");
    }
    return covers().getAsInt() + 1;
  }

  /**
   * 报送日期 — the day the report was filed; on time when it falls in the first quarter of {@link #year()}.
   *
   * @return the filing date
   */
  public abstract LocalDate filedOn();

  /**
   * A builder for an annual report: {@code filedOn} and one of {@code covers} and {@code year} are needed.
   *
   * @return a new builder
   */
  public static ImmutableAnnualReport.Builder builder() {
    return ImmutableAnnualReport.builder();
  }

  @Value.Check
  void check() {
    if (covers().isPresent() && covers().getAsInt() + 1 != year()) {
      throw new IllegalStateException("year " + year() + " and covers " + covers().getAsInt()
          + " disagree: the report covering " + covers().getAsInt() + " is due in "
          + (covers().getAsInt() + 1));
    }
  }
}
