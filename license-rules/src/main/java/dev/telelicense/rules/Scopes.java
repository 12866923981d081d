package dev.telelicense.rules;

import dev.telelicense.model.Provision;
import dev.telelicense.model.TelecomService;
import java.util.Optional;

/**
 * Whether a provision binds this licensee. An item binds only where its service is operated: the
 * scope printed on it ({@code （适用于信息搜索查询服务）}) or the service its provision is about
 * ({@code 你公司在经营在线数据处理与交易处理业务时应当遵守下列规定}). {@link LicenseAnalysis} settles this
 * per licence into {@link ScopeCheck}s; each evaluation only asks whether the service is operated.
 */
final class Scopes {
  private Scopes() {}

  /** The coded service a provision's heading is about: {@code 你公司在经营信息服务业务时…} gives B25. */
  static Optional<TelecomService> serviceOfHeading(Provision provision) {
    String text = provision.text();
    return Optional.ofNullable(Phrases.headingService(text, new char[text.length()]));
  }
}
