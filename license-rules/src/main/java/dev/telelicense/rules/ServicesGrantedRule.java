package dev.telelicense.rules;

import dev.telelicense.model.Provision;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 不得经营或变相经营未经许可的其他电信业务 — every operated service lies within a grant, allowed by its
 * 仅限 and not excluded by its 不含 (aliases count: 不含信息社区服务 excludes 信息社区平台服务).
 */
final class ServicesGrantedRule extends ProvisionRule {
  ServicesGrantedRule() {
    super("scope.services-granted", Clause.OPERATING_SCOPE);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Only licensed services are operated" : "仅经营许可的电信业务";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the provision against operating unlicensed services (不得经营或变相经营)"
        : "不得经营或变相经营未经许可的电信业务";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<String>> services = ctx.facts().services();
    if (services.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供实际经营的业务", "the operated services are not known"));
    }
    List<String> unlicensed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> names = services.get();
    for (int i = 0; i < names.size(); i++) {
      // Looked up once per evaluation, granted or not worked out with the grants resolved once.
      TelecomService e = ev.service(i);
      if (e == null) {
        unknown.add(names.get(i));
      } else if (!ev.analysis().grants(e)) {
        unlicensed.add(names.get(i));
      }
    }
    if (!unlicensed.isEmpty()) {
      return Verdict.of(Status.FAIL, ctx.language() == Language.ZH
          ? "经营了未经许可（或许可证不含）的业务：" + String.join("、", unlicensed)
          : "operates services the licence does not grant or excludes: " + String.join(", ", unlicensed));
    }
    if (!unknown.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.language() == Language.ZH
          ? "电信业务分类目录中没有：" + String.join("、", unknown)
          : "not in the telecom service catalogue: " + String.join(", ", unknown));
    }
    return Verdict.of(Status.PASS, services.get().isEmpty()
        ? ctx.say("未经营任何电信业务", "no service is operated")
        : ctx.language() == Language.EN ? "every operated service is licensed: " + String.join(", ", names)
        : "所经营业务均在许可范围内：" + String.join("、", names));
  }
}
