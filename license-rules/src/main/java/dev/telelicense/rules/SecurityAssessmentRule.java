package dev.telelicense.rules;

import dev.telelicense.rules.calendar.Deadlines;
import dev.telelicense.model.Provision;
import dev.telelicense.model.SecurityAssessment;
import java.util.List;
import java.util.Optional;

/** 新技术新业务安全评估 — submit the written report within 30 days of completing the assessment. */
final class SecurityAssessmentRule extends ProvisionRule {
  static final int DAYS = 30;
  private static final Timeliness.Duty REPORT =
      new Timeliness.Duty("完成的安全评估", "security assessment completed on ", "提交报告", "reported");

  SecurityAssessmentRule() {
    super("security-assessment.reported-in-30-days", Clause.SECURITY_ASSESSMENT);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Security assessments reported within 30 days" : "安全评估完成30日内提交评估报告";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the item on 新技术新业务安全评估 (new technology security assessment)"
        : "新技术新业务安全评估";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<SecurityAssessment>> assessments = ctx.facts().securityAssessments();
    if (assessments.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供安全评估情况", "security assessments are not known"));
    }
    Timeliness t = new Timeliness(ctx);
    for (SecurityAssessment a : assessments.get()) {
      t.add(REPORT, a.completedOn(), Deadlines.daysAfter(a.completedOn(), DAYS, ctx.calendar()),
          a.reportedOn());
    }
    return t.verdict("无已完成的安全评估", "no security assessment was completed");
  }
}
