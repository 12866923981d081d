package dev.telelicense.rules;

import dev.telelicense.model.EnglishNames;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatedWebsite;
import java.util.List;
import java.util.Optional;

/**
 * 网站在附页载明 — every operated host is a domain of the appendix (附页) or a subdomain of one:
 * operating a site the licence does not list is operating beyond the licence (provision 二). Only a
 * licence with an internet information service grant has such an appendix: for any other (an IDC or
 * SP licence) the rule does not apply, and whether its websites need such a grant is
 * {@code scope.services-granted}'s question. A licence with the grant whose appendix was not read is
 * not reviewed: a domain is never failed for missing from a page nobody read.
 */
final class WebsitesListedRule extends ProvisionRule {
  /** The limit of an ICP licence, {@code 信息服务业务（仅限互联网信息服务）}. */
  private static final String INTERNET_INFORMATION = "互联网信息服务";

  WebsitesListedRule() {
    super("websites.listed");
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<Grant> icp = internetInformationGrant(ctx.license());
    if (icp.isEmpty()) {
      return verdict(ctx, Status.NOT_APPLICABLE, "no-appendix");
    }
    if (ctx.license().websites().isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "appendix-not-read",
          ctx.language() == Language.EN ? EnglishNames.grant(icp.get()) : icp.get().name());
    }
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

  /**
   * A B25 grant that covers internet information services, whose websites the appendix lists: limited
   * to them ({@code 仅限互联网信息服务}, also with other networks), or neither limited to other networks
   * ({@code 移动网}, {@code 固定网}) nor excluding them.
   */
  static Optional<Grant> internetInformationGrant(License license) {
    for (Grant g : license.grants()) {
      if (g.service().flatMap(s -> s.code()).filter("B25"::equals).isEmpty()) {
        continue;
      }
      boolean toInternet = g.limitedTo().stream().anyMatch(l -> l.contains(INTERNET_INFORMATION));
      boolean toOtherNetworks = g.limitedTo().stream().anyMatch(l -> l.contains("移动网") || l.contains("固定网"));
      boolean excluded = g.excluding().stream().anyMatch(e -> e.contains(INTERNET_INFORMATION));
      if (toInternet || (!toOtherNetworks && !excluded)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
