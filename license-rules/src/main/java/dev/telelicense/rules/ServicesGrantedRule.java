package dev.telelicense.rules;

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
    super("scope.services-granted");
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    Optional<List<String>> named = ctx.facts().services();
    if (named.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    List<String> names = named.get();
    List<Optional<TelecomService>> services = ev.services().orElseThrow();
    List<String> unlicensed = new ArrayList<>();
    List<String> notInCatalogue = new ArrayList<>();
    // Known services as messages name them (in English by code and English name); unknown ones are
    // quoted from the facts.
    List<String> shown = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      Optional<TelecomService> e = services.get(i);
      if (e.isEmpty()) {
        notInCatalogue.add(names.get(i));
        shown.add(names.get(i));
        continue;
      }
      String service = Messages.service(ctx.language(), e.get(), names.get(i));
      shown.add(service);
      if (!ev.analysis().grants(e.get())) {
        unlicensed.add(service);
      }
    }
    if (!unlicensed.isEmpty()) {
      return verdict(ctx, Status.FAIL, "unlicensed", Messages.list(ctx, unlicensed));
    }
    if (!notInCatalogue.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "not-in-catalogue", Messages.list(ctx, notInCatalogue));
    }
    return names.isEmpty() ? verdict(ctx, Status.PASS, "none")
        : verdict(ctx, Status.PASS, "pass", Messages.list(ctx, shown));
  }
}
