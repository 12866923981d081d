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

  // Package-private: only the generated ImmutableComplianceReport extends this class.
  ComplianceReport() {}

  /**
   * The licence number, canonical form.
   *
   * @return e.g. {@code 京B2-20190486}
   */
  public abstract String license();

  /**
   * The date the licence and facts were judged at.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * The findings, ordered by the provision they cite as it stands in the licence.
   *
   * @return every rule's findings
   */
  public abstract List<Finding> findings();

  /**
   * A builder, for reading a report back or a report of one's own: license and asOf are needed.
   *
   * @return a new builder
   */
  public static ImmutableComplianceReport.Builder builder() {
    return ImmutableComplianceReport.builder();
  }

  /**
   * How many findings have each status; every status is present, in declaration order.
   *
   * @return status → count
   */
  @Value.Lazy
  public Map<Status, Integer> summary() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    findings().forEach(f -> counts.merge(f.status(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Whether some finding is {@link Status#FAIL}: a provision is broken. A report without failures
   * may still hold {@link Status#NOT_REVIEWED} findings — what nobody has shown — so it is not a
   * pass: ask {@link #passed()}.
   *
   * @return whether a rule failed
   */
  public boolean hasFailures() {
    return findings().stream().anyMatch(f -> f.status() == Status.FAIL);
  }

  /**
   * Whether this report is an all-clear: every finding is {@link Status#PASS} or
   * {@link Status#NOT_APPLICABLE}. False when a rule failed and also when anything was not reviewed —
   * what nobody read or showed is never taken as met. {@code check --fail-on not-reviewed} exits 1
   * unless this holds.
   *
   * @return whether nothing failed and everything was reviewed
   */
  public boolean passed() {
    return findings().stream().allMatch(f -> f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE);
  }
}
