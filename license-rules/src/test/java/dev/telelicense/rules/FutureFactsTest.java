package dev.telelicense.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.SecurityAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Facts dated after the as-of date are found and named, each kind of fact by its own path. */
class FutureFactsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private static Optional<FutureFacts.Dated> dated(String fact, int y, int m, int d) {
    return Optional.of(new FutureFacts.Dated(fact, LocalDate.of(y, m, d)));
  }

  @Test
  void eachKindOfFactIsNamed() {
    OperatingFacts facts = OperatingFacts.builder()
        .renewalAppliedOn(LocalDate.of(2028, 5, 1))
        .annualReports(List.of(AnnualReport.builder().covers(2024).filedOn(LocalDate.of(2025, 3, 20)).build(),
            AnnualReport.builder().covers(2025).filedOn(LocalDate.of(2027, 3, 18)).build()))
        .entityChanges(List.of(EntityChange.builder().decidedOn(LocalDate.of(2026, 11, 1))
            .appliedOn(LocalDate.of(2026, 11, 20)).approvedOn(LocalDate.of(2026, 12, 20)).build()))
        .infoChanges(List.of(InfoChange.builder().changedOn(LocalDate.of(2026, 11, 30)).build()))
        .illegalInfoDisposals(List.of(IllegalInfoDisposal.builder().disposedOn(LocalDate.of(2026, 11, 2))
            .reportedOn(LocalDate.of(2026, 12, 1)).build()))
        .securityAssessments(List.of(SecurityAssessment.builder().completedOn(LocalDate.of(2026, 1, 2)).build()))
        .build();
    assertEquals(dated("renewalAppliedOn", 2028, 5, 1), FutureFacts.renewal(facts, AS_OF));
    assertEquals(dated("annualReports[1].filedOn", 2027, 3, 18), FutureFacts.annualReports(facts, AS_OF));
    assertEquals(dated("entityChanges[0].approvedOn", 2026, 12, 20), FutureFacts.entityChanges(facts, AS_OF));
    assertEquals(dated("infoChanges[0].changedOn", 2026, 11, 30), FutureFacts.infoChanges(facts, AS_OF));
    assertEquals(dated("illegalInfoDisposals[0].reportedOn", 2026, 12, 1), FutureFacts.disposals(facts, AS_OF));
    assertEquals(Optional.empty(), FutureFacts.assessments(facts, AS_OF));
  }

  @Test
  void theAsOfDateItselfHasHappened() {
    OperatingFacts facts = OperatingFacts.builder().renewalAppliedOn(AS_OF).build();
    assertEquals(Optional.empty(), FutureFacts.renewal(facts, AS_OF));
    assertEquals(Optional.empty(), FutureFacts.annualReports(OperatingFacts.unknown(), AS_OF));
  }
}
