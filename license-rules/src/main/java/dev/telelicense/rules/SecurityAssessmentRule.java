package dev.telelicense.rules;

import dev.telelicense.model.SecurityAssessment;
import dev.telelicense.rules.calendar.Deadlines;
import java.util.List;
import java.util.Optional;

/** 新技术新业务安全评估 — submit the written report within 30 days of completing the assessment. */
final class SecurityAssessmentRule extends ProvisionRule {
  static final int DAYS = Periods.SECURITY_ASSESSMENT_DAYS;

  SecurityAssessmentRule() {
    super("security-assessment.reported-in-30-days");
  }

  @Override
  Optional<FutureFacts.Dated> laterFact(EvaluationContext ctx) {
    return FutureFacts.assessments(ctx.facts(), ctx.asOf());
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<List<SecurityAssessment>> assessments = ctx.facts().securityAssessments();
    if (assessments.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    Timeliness t = new Timeliness(ctx, id());
    for (SecurityAssessment a : assessments.get()) {
      t.add(a.completedOn(), Deadlines.daysAfter(a.completedOn(), DAYS, ctx.calendar()), a.reportedOn());
    }
    return t.verdict();
  }
}
