package dev.telelicense.rules;

import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.List;
import java.util.Optional;

/**
 * Whether a provision binds this licensee. An item binds only where its service is operated: the
 * scope printed on it ({@code （适用于信息搜索查询服务）}) or the service its provision is about
 * ({@code 你公司在经营在线数据处理与交易处理业务时应当遵守下列规定}).
 */
final class Scopes {
  private Scopes() {}

  /** Why {@code provision} does not apply, in the context's language; empty when it applies. */
  static Optional<String> whyNotApplicable(EvaluationContext ctx, Provision provision) {
    License license = ctx.license();
    ServiceCatalog catalog = ServiceCatalog.standard();
    Optional<Provision> parent = license.provisionContaining(provision);
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> printed = provision.appliesTo();
    if (printed.isPresent()) {
      Optional<TelecomService> scoped = catalog.find(printed.get());
      if (scoped.isPresent()) {
        Optional<String> why = notOperated(ctx, scoped.get(), printed.get());
        if (why.isPresent()) {
          return why;
        }
      }
    }
    Optional<TelecomService> about = serviceOfHeading(parent.get());
    if (about.isPresent()) {
      return notOperated(ctx, about.get(), about.get().name());
    }
    return Optional.empty();
  }

  /** Why {@code service} is not in play: not granted (or excluded), or not among the operated services. */
  static Optional<String> notOperated(EvaluationContext ctx, TelecomService service, String printed) {
    if (!ctx.license().grants(service)) {
      return Optional.of(ctx.say("本许可证未许可（或不含）" + printed + "，此项不适用",
          "the licence does not grant " + printed + " (or excludes it), so this does not apply"));
    }
    Optional<List<String>> services = ctx.facts().services();
    if (services.isPresent() && !operates(services.get(), service)) {
      return Optional.of(ctx.say("未经营" + printed + "，此项不适用",
          printed + " is not operated, so this does not apply"));
    }
    return Optional.empty();
  }

  /**
   * Whether the operated services touch {@code service}: an operated entry inside it (an item of it)
   * or around it (its whole service, which may include the item).
   */
  static boolean operates(List<String> operated, TelecomService service) {
    ServiceCatalog catalog = ServiceCatalog.standard();
    for (String s : operated) {
      Optional<TelecomService> e = catalog.find(s);
      if (e.isPresent() && (catalog.contains(service, e.get()) || catalog.contains(e.get(), service))) {
        return true;
      }
    }
    return false;
  }

  /** The coded service a provision's heading is about: {@code 你公司在经营信息服务业务时…} gives B25. */
  static Optional<TelecomService> serviceOfHeading(Provision provision) {
    String text = Clause.normalize(provision.text());
    TelecomService best = null;
    for (TelecomService e : ServiceCatalog.standard().entries()) {
      // Only coded services: item names (交易处理业务) lie inside service names (在线数据处理与交易处理业务).
      if (e.code().isPresent() && !e.isItem() && text.contains("经营" + Clause.normalize(e.name()))) {
        if (best == null || e.name().length() > best.name().length()) {
          best = e;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
