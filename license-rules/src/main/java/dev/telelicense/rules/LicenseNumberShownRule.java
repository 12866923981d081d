package dev.telelicense.rules;

import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 网站主页标明经营许可证编号 — every operated site's homepage shows the licence number. */
final class LicenseNumberShownRule extends ProvisionRule {
  LicenseNumberShownRule() {
    super("websites.show-license-number", Clause.LICENSE_NUMBER_SHOWN);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Homepages show the licence number" : "网站主页标明经营许可证编号";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the provision on showing the licence number (标明经营许可证编号)"
        : "在网站主页等显著位置标明经营许可证编号";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<OperatedWebsite>> sites = ctx.facts().websites();
    if (sites.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供实际经营的网站", "the operated websites are not known"));
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
      return Verdict.of(Status.FAIL, ctx.language() == Language.ZH
          ? "主页未标明经营许可证编号" + ev.analysis().number() + "：" + String.join("、", missing)
          : "homepage does not show the licence number " + ev.analysis().number() + ": "
              + String.join(", ", missing));
    }
    if (!unknown.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.language() == Language.ZH
          ? "未知主页是否标明经营许可证编号：" + String.join("、", unknown)
          : "not known whether the homepage shows the licence number: " + String.join(", ", unknown));
    }
    return Verdict.of(Status.PASS, sites.get().isEmpty()
        ? ctx.say("未经营任何网站", "no website is operated")
        : ctx.say("所有网站主页均标明经营许可证编号", "every homepage shows the licence number"));
  }
}
