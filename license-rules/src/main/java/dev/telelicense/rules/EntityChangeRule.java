package dev.telelicense.rules;

import dev.telelicense.rules.calendar.Deadlines;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.Provision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 经营主体变更 — apply within 30 days of the company's decision (作出决定之日起30日内), and implement
 * only after approval (经批准后方可实施).
 */
final class EntityChangeRule extends ProvisionRule {
  static final int DAYS = 30;
  private static final Timeliness.Duty APPLY =
      new Timeliness.Duty("决定的经营主体变更", "entity change decided on ", "申请", "applied for");

  EntityChangeRule() {
    super("entity-change.applied-in-30-days", Clause.ENTITY_CHANGE);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Entity changes applied for within 30 days and implemented after approval"
        : "经营主体变更30日内申请、经批准后实施";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the provision on changes of operating entity (经营主体变更)"
        : "经营主体变更自作出决定之日起30日内申请";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<EntityChange>> changes = ctx.facts().entityChanges();
    if (changes.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供经营主体变更情况",
          "changes of operating entity are not known"));
    }
    Timeliness t = new Timeliness(ctx);
    for (EntityChange c : changes.get()) {
      t.add(APPLY, c.decidedOn(), Deadlines.daysAfter(c.decidedOn(), DAYS, ctx.calendar()), c.appliedOn());
      if (c.implementedOn().isPresent()) {
        LocalDate done = c.implementedOn().get();
        Optional<LocalDate> approved = c.approvedOn();
        // Rare: both languages' lines are written out, Timeliness keeps the context's.
        if (approved.isEmpty()) {
          t.line(Status.FAIL, APPLY, c.decidedOn(), "未经批准即于" + done + "实施",
              ": implemented on " + done + " without approval");
        } else if (done.isBefore(approved.get())) {
          t.line(Status.FAIL, APPLY, c.decidedOn(), "于" + done + "实施，早于" + approved.get() + "批准",
              ": implemented on " + done + ", before its approval on " + approved.get());
        }
      }
    }
    return t.verdict("无经营主体变更", "no change of operating entity");
  }
}
