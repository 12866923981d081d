package dev.telelicense.rules;

import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.rules.calendar.Deadlines;
import java.util.List;
import java.util.Optional;

/** 违法信息处置后10个工作日内上报 — report handled illegal information within 10 working days. */
final class IllegalInfoReportedRule extends ProvisionRule {
  static final int WORKDAYS = Periods.ILLEGAL_INFO_WORKDAYS;

  IllegalInfoReportedRule() {
    super("illegal-info.reported-in-10-workdays");
  }

  @Override
  Optional<FutureFacts.Dated> laterFact(EvaluationContext ctx) {
    return FutureFacts.disposals(ctx.facts(), ctx.asOf());
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<List<IllegalInfoDisposal>> disposals = ctx.facts().illegalInfoDisposals();
    if (disposals.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    Timeliness t = new Timeliness(ctx, id());
    for (IllegalInfoDisposal d : disposals.get()) {
      t.add(d.disposedOn(), Deadlines.workdaysAfter(d.disposedOn(), WORKDAYS, ctx.calendar()), d.reportedOn());
    }
    return t.verdict();
  }
}
