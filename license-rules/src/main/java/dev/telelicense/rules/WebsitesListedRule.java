package dev.telelicense.rules;

import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.Provision;
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
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<OperatedWebsite>> sites = ctx.facts().websites();
    if (sites.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    List<String> unlisted = sites.get().stream().map(OperatedWebsite::domain)
        .filter(d -> !ev.analysis().lists(d)).toList();
    if (!unlisted.isEmpty()) {
      return verdict(ctx, Status.FAIL, "unlisted", Messages.list(ctx, unlisted));
    }
    return verdict(ctx, Status.PASS, sites.get().isEmpty() ? "none" : "pass");
  }
}
