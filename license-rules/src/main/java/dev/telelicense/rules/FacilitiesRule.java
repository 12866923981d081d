package dev.telelicense.rules;

import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.Place;
import dev.telelicense.model.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * B21 业务覆盖范围内组建平台设施 — every server stands in the B21 coverage: the coverage printed on the
 * B21 grants ({@code 业务覆盖范围：北京、上海}) where there is one, else the licence's region (anywhere in
 * the mainland for a MIIT licence, 全国; else the issuing province). The province is read from the
 * start of the server's address.
 */
final class FacilitiesRule extends ProvisionRule {
  FacilitiesRule() {
    super("facilities.within-coverage");
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    String why = ev.whyNotApplicable(List.of(ev.analysis().b21()), ctx.language());
    if (why != null) {
      return Verdict.of(Status.NOT_APPLICABLE, why);
    }
    Optional<List<OperatedWebsite>> sites = ctx.facts().websites();
    if (sites.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    Coverage coverage = Coverage.of(ctx.license(), B21.SERVICE);
    String region = coverage.named();
    if (coverage.unreadable() != null) {
      return verdict(ctx, Status.NOT_REVIEWED, "unreadable", region, coverage.unreadable());
    }
    List<String> outside = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (OperatedWebsite s : sites.get()) {
      if (s.serverLocation().isEmpty()) {
        unknown.add(s.domain());
        continue;
      }
      String where = s.serverLocation().get();
      Optional<Place> p = Places.standard().locate(where);
      Coverage.Where w = p.map(coverage::where).orElse(Coverage.Where.UNDECIDED);
      if (w == Coverage.Where.UNDECIDED) {
        unknown.add(say(ctx, "server", s.domain(), where));
      } else if (w == Coverage.Where.OUTSIDE) {
        outside.add(say(ctx, "server", s.domain(), where));
      }
    }
    if (!outside.isEmpty()) {
      return verdict(ctx, Status.FAIL, "outside", region, Messages.list(ctx, outside));
    }
    if (!unknown.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "not-known", Messages.list(ctx, unknown));
    }
    return verdict(ctx, Status.PASS, sites.get().isEmpty() ? "none" : "pass", region);
  }
}
