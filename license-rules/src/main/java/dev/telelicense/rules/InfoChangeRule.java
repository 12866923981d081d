package dev.telelicense.rules;

import dev.telelicense.model.InfoChange;
import dev.telelicense.rules.calendar.Deadlines;
import java.util.List;
import java.util.Optional;

/** 信息变更30日内报送 — report changed registered information within 30 days of the change. */
final class InfoChangeRule extends ProvisionRule {
  static final int DAYS = Periods.INFO_CHANGE_DAYS;

  InfoChangeRule() {
    super("info-change.reported-in-30-days");
  }

  @Override
  Optional<FutureFacts.Dated> laterFact(EvaluationContext ctx) {
    return FutureFacts.infoChanges(ctx.facts(), ctx.asOf());
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<List<InfoChange>> changes = ctx.facts().infoChanges();
    if (changes.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    Timeliness t = new Timeliness(ctx, id());
    for (InfoChange c : changes.get()) {
      t.add(c.changedOn(), Deadlines.daysAfter(c.changedOn(), DAYS, ctx.calendar()), c.reportedOn());
    }
    return t.verdict();
  }
}
