package dev.telelicense.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** 合规报告 — every finding for one licence as of one date. */
@Value.Immutable
public abstract class ComplianceReport {

  /** The licence number, canonical form. */
  public abstract String license();

  /** The date the licence and facts were judged at. */
  public abstract LocalDate asOf();

  public abstract List<Finding> findings();

  public static ImmutableComplianceReport.Builder builder() {
    return ImmutableComplianceReport.builder();
  }

  /**
   * How many findings have each status; every status is present, in declaration order. Worked out
   * on first use and kept: it follows from the findings, and a caller that only asks
   * {@link #passed} or reads the findings should not pay for the counting.
   */
  @Value.Lazy
  public Map<Status, Integer> summary() {
    // Counted in an array, boxed once per status: every report computes this.
    Status[] statuses = Status.values();
    int[] n = new int[statuses.length];
    for (Finding f : findings()) {
      n[f.status().ordinal()]++;
    }
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : statuses) {
      counts.put(s, n[s.ordinal()]);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Whether nothing failed. */
  public boolean passed() {
    for (Finding f : findings()) {
      if (f.status() == Status.FAIL) {
        return false;
      }
    }
    return true;
  }
}
