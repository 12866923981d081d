package dev.telelicense.rules;

import dev.telelicense.model.Advertisement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 信息服务业务广告 — every advertisement shows the company name and the licence number. */
final class AdvertisementRule extends ProvisionRule {
  AdvertisementRule() {
    super("ads.show-name-and-number");
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<List<Advertisement>> ads = ctx.facts().advertisements();
    if (ads.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    List<String> failed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int n = 0;
    for (Advertisement a : ads.get()) {
      n++;
      List<String> missing = new ArrayList<>();
      if (a.showsCompanyName().equals(Optional.of(false))) {
        missing.add(say(ctx, "company-name", ctx.license().licensee()));
      }
      if (a.showsLicenseNumber().equals(Optional.of(false))) {
        missing.add(say(ctx, "license-number", ctx.license().number()));
      }
      if (!missing.isEmpty()) {
        failed.add(say(ctx, "ad-missing", n, Messages.list(ctx.language(), id() + ".and", missing)));
      } else if (a.showsCompanyName().isEmpty() || a.showsLicenseNumber().isEmpty()) {
        unknown.add(String.valueOf(n));
      }
    }
    if (!failed.isEmpty()) {
      return Verdict.of(Status.FAIL, Messages.list(ctx.language(), id() + ".separator", failed));
    }
    if (!unknown.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "not-known", Messages.list(ctx, unknown));
    }
    return verdict(ctx, Status.PASS, ads.get().isEmpty() ? "none" : "pass");
  }
}
