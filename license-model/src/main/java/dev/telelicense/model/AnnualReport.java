package dev.telelicense.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** 经营许可证年报 — the annual report for a year, and when it was filed. */
@Value.Immutable
public abstract class AnnualReport {

  // Package-private: only the generated ImmutableAnnualReport extends this class.
  AnnualReport() {}

  /** The year the report was due in (filed in that year's first quarter). */
  public abstract int year();

  public abstract LocalDate filedOn();

  public static ImmutableAnnualReport.Builder builder() {
    return ImmutableAnnualReport.builder();
  }
}
