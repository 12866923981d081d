package dev.telelicense.rules;

import dev.telelicense.model.EntityChange;
import dev.telelicense.rules.calendar.Deadlines;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 经营主体变更 — apply within 30 days of the company's decision (作出决定之日起30日内), and implement
 * only after approval (经批准后方可实施).
 */
final class EntityChangeRule extends ProvisionRule {
  static final int DAYS = Periods.ENTITY_CHANGE_DAYS;

  EntityChangeRule() {
    super("entity-change.applied-in-30-days");
  }

  @Override
  Optional<FutureFacts.Dated> laterFact(EvaluationContext ctx) {
    return FutureFacts.entityChanges(ctx.facts(), ctx.asOf());
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<List<EntityChange>> changes = ctx.facts().entityChanges();
    if (changes.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    Timeliness t = new Timeliness(ctx, id());
    for (EntityChange c : changes.get()) {
      t.add(c.decidedOn(), Deadlines.daysAfter(c.decidedOn(), DAYS, ctx.calendar()), c.appliedOn());
      if (c.implementedOn().isPresent()) {
        LocalDate done = c.implementedOn().get();
        Optional<LocalDate> approved = c.approvedOn();
        if (approved.isEmpty()) {
          t.line(Status.FAIL, c.decidedOn(), id() + ".without-approval", done);
        } else if (done.isBefore(approved.get())) {
          t.line(Status.FAIL, c.decidedOn(), id() + ".before-approval", done, approved.get());
        }
      }
    }
    return t.verdict();
  }
}
