package dev.telelicense.rules;

import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 网站在附页载明 — every operated host is a domain of the appendix (附页) or a subdomain of one:
 * operating a site the licence does not list is operating beyond the licence (provision 二).
 */
final class WebsitesListedRule extends ProvisionRule {
  WebsitesListedRule() {
    super("websites.listed", Clause.OPERATING_SCOPE);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Operated websites are listed in the appendix" : "经营的网站均载于附页";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the provision against operating beyond the licence (不得经营或变相经营)"
        : "按照许可的业务种类开展经营活动（附页网站）";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<OperatedWebsite>> sites = ctx.facts().websites();
    if (sites.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供实际经营的网站", "the operated websites are not known"));
    }
    List<String> unlisted = new ArrayList<>();
    for (OperatedWebsite s : sites.get()) {
      if (!ev.analysis().lists(s.domain())) {
        unlisted.add(s.domain());
      }
    }
    if (!unlisted.isEmpty()) {
      return Verdict.of(Status.FAIL, ctx.language() == Language.ZH
          ? "附页未载明的网站：" + String.join("、", unlisted)
          : "websites not listed in the appendix: " + String.join(", ", unlisted));
    }
    return Verdict.of(Status.PASS, sites.get().isEmpty()
        ? ctx.say("未经营任何网站", "no website is operated")
        : ctx.say("所经营网站均载于附页", "every operated website is listed in the appendix"));
  }
}
