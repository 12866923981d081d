package dev.telelicense.rules;

import dev.telelicense.model.OperatedWebsite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 网站主页标明经营许可证编号 — every operated site's homepage shows the licence number. */
final class LicenseNumberShownRule extends ProvisionRule {
  LicenseNumberShownRule() {
    super("websites.show-license-number");
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<List<OperatedWebsite>> sites = ctx.facts().websites();
    if (sites.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    List<String> missing = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (OperatedWebsite s : sites.get()) {
      Optional<Boolean> shows = s.homepageShowsLicenseNumber();
      if (shows.isEmpty()) {
        unknown.add(s.domain());
      } else if (!shows.get()) {
        missing.add(s.domain());
      }
    }
    if (!missing.isEmpty()) {
      return verdict(ctx, Status.FAIL, "missing", ev.analysis().number(), Messages.list(ctx, missing));
    }
    if (!unknown.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "not-known", Messages.list(ctx, unknown));
    }
    return verdict(ctx, Status.PASS, sites.get().isEmpty() ? "none" : "pass");
  }
}
