package dev.telelicense.rules;

import dev.telelicense.model.Advertisement;
import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 信息服务业务广告 — every advertisement shows the company name and the licence number. */
final class AdvertisementRule extends ProvisionRule {
  AdvertisementRule() {
    super("ads.show-name-and-number", Clause.ADVERTISING);
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Advertisements show the company name and licence number"
        : "广告公布公司名称和经营许可证编号";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "the item on 信息服务业务广告 (advertising information services)"
        : "发布信息服务业务广告";
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, Provision provision) {
    Optional<List<Advertisement>> ads = ctx.facts().advertisements();
    if (ads.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.say("未提供广告情况", "advertisements are not known"));
    }
    List<String> failZh = new ArrayList<>();
    List<String> failEn = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int n = 0;
    for (Advertisement a : ads.get()) {
      n++;
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      if (a.showsCompanyName().equals(Optional.of(false))) {
        zh.add("公司名称“" + ctx.license().licensee() + "”");
        en.add("the company name " + ctx.license().licensee());
      }
      if (a.showsLicenseNumber().equals(Optional.of(false))) {
        zh.add("经营许可证编号" + ctx.license().number());
        en.add("the licence number " + ctx.license().number());
      }
      if (!zh.isEmpty()) {
        failZh.add("第" + n + "则广告未公布" + String.join("和", zh));
        failEn.add("advertisement " + n + " does not show " + String.join(" and ", en));
      } else if (a.showsCompanyName().isEmpty() || a.showsLicenseNumber().isEmpty()) {
        unknown.add(String.valueOf(n));
      }
    }
    if (!failZh.isEmpty()) {
      return Verdict.of(Status.FAIL, ctx.say(String.join("；", failZh), String.join("; ", failEn)));
    }
    if (!unknown.isEmpty()) {
      return Verdict.of(Status.NOT_REVIEWED, ctx.language() == Language.ZH
          ? "未知第" + String.join("、", unknown) + "则广告是否公布公司名称和编号"
          : "not known whether advertisement " + String.join(", ", unknown) + " shows the name and number");
    }
    return Verdict.of(Status.PASS, ads.get().isEmpty() ? ctx.say("未发布广告", "no advertisement")
        : ctx.say("所有广告均公布公司名称和经营许可证编号", "every advertisement shows the name and licence number"));
  }
}
