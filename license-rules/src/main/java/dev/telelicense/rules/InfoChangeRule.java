package dev.telelicense.rules;

import dev.telelicense.rules.calendar.Deadlines;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.Provision;
import java.util.List;
import java.util.Optional;

/** 信息变更30日内报送 — report changed registered information within 30 days of the change. */
final class InfoChangeRule extends ProvisionRule {
  static final int DAYS = 30;
  private static final Timeliness.Duty REPORT =
      new Timeliness.Duty("发生的信息变更", "information change on ", "报送", "reported");

  InfoChangeRule() {
    super("info-change.reported-in-30-days", Clause.INFO_CHANGE);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Information changes reported within 30 days" : "信息变更后30日内报送";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the provision on reporting changed information (变更后30日内)"
        : "信息变更后30日内报送";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<InfoChange>> changes = ctx.facts().infoChanges();
    if (changes.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供信息变更情况", "changes of information are not known"));
    }
    Timeliness t = new Timeliness(ctx);
    for (InfoChange c : changes.get()) {
      t.add(REPORT, c.changedOn(), Deadlines.daysAfter(c.changedOn(), DAYS, ctx.calendar()), c.reportedOn());
    }
    return t.verdict("无信息变更", "no information changed");
  }
}
