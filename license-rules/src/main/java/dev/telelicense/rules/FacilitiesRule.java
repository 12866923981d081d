package dev.telelicense.rules;

import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.Province;
import dev.telelicense.model.Provision;
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
    super("facilities.within-coverage", Clause.PLATFORM_FACILITIES);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Platform facilities within the coverage area" : "在业务覆盖范围内组建平台设施";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the B21 item on platform facilities (业务覆盖范围内组建平台设施)"
        : "B21在业务覆盖范围内组建平台设施";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    String why = ev.analysis().whyB21NotApplicable(ev, ctx.language());
    if (why != null) {
      return Verdict.of(Status.NOT_APPLICABLE, why);
    }
    Optional<List<OperatedWebsite>> sites = ctx.facts().websites();
    if (sites.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供服务器放置地", "server locations are not known"));
    }
    Coverage coverage = ev.analysis().b21Coverage();
    String region = coverage.named();
    if (coverage.unreadable() != null) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.language() == Language.ZH
          ? "B21业务覆盖范围" + region + "中的" + coverage.unreadable() + "不是省级行政区，无法判断"
          : "in the B21 coverage " + region + ", " + coverage.unreadable() + " is no provincial-level region");
    }
    List<String> outside = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (OperatedWebsite s : sites.get()) {
      if (s.serverLocation().isEmpty()) {
        unknown.add(s.domain());
        continue;
      }
      String where = s.serverLocation().get();
      Optional<Province> p = Province.atStartOf(where);
      if (p.isEmpty()) {
        unknown.add(s.domain() + "（" + where + "）");
      } else if (!coverage.includes(p.get())) {
        outside.add(s.domain() + "（" + where + "）");
      }
    }
    if (!outside.isEmpty()) {
      return Verdict.of(Status.FAIL, ctx.language() == Language.ZH
          ? "服务器不在业务覆盖范围" + region + "内：" + String.join("、", outside)
          : "servers outside the coverage area " + region + ": " + String.join(", ", outside));
    }
    if (!unknown.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.language() == Language.ZH
          ? "服务器放置地未载明省份或不明：" + String.join("、", unknown)
          : "server location names no province or is unknown: " + String.join(", ", unknown));
    }
    return Verdict.of(Status.PASS, sites.get().isEmpty() ? ctx.say("无服务器", "no servers")
        : ctx.language() == Language.ZH
            ? "服务器均在业务覆盖范围" + region + "内"
            : "every server is within the coverage area " + region);
  }
}
