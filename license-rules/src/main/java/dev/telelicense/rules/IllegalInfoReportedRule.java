package dev.telelicense.rules;

import dev.telelicense.rules.calendar.Deadlines;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.Provision;
import java.util.List;
import java.util.Optional;

/** 违法信息处置后10个工作日内上报 — report handled illegal information within 10 working days. */
final class IllegalInfoReportedRule extends ProvisionRule {
  static final int WORKDAYS = 10;
  private static final Timeliness.Duty REPORT =
      new Timeliness.Duty("处置的违法信息", "illegal information handled on ", "上报", "reported");

  IllegalInfoReportedRule() {
    super("illegal-info.reported-in-10-workdays", Clause.ILLEGAL_INFO_REPORT);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Illegal information reported within 10 working days"
        : "违法信息处置后10个工作日内上报";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the provision on reporting illegal information (10个工作日内上报)"
        : "违法信息处置后10个工作日内上报";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<IllegalInfoDisposal>> disposals = ctx.facts().illegalInfoDisposals();
    if (disposals.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供违法信息处置记录",
          "the illegal information handled is not known"));
    }
    Timeliness t = new Timeliness(ctx);
    for (IllegalInfoDisposal d : disposals.get()) {
      t.add(REPORT, d.disposedOn(), Deadlines.workdaysAfter(d.disposedOn(), WORKDAYS, ctx.calendar()),
          d.reportedOn());
    }
    return t.verdict("无违法信息处置记录", "no illegal information was handled");
  }
}
