package dev.telelicense.rules;

import dev.telelicense.model.Facility;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.Place;
import dev.telelicense.model.Places;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.rules.LicenseAnalysis.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 设施在业务覆盖范围内 — facilities stand inside the coverage licensed for their service. Two obligations
 * of the catalogue name this rule:
 *
 * <ul>
 *   <li>the B21 item 业务覆盖范围内组建平台设施: every server of the appendix's websites and every B21
 *       facility stands in the B21 coverage;
 *   <li>provision 二's 不得超越许可的业务覆盖范围: every other facility of the facts — IDC machine rooms
 *       (B11), CDN nodes (B12), VPN and access points of presence (B13, B14) — stands in the coverage of
 *       its service.
 * </ul>
 *
 * <p>A service's coverage is the one printed on its grants, else the licence's region (anywhere for a
 * MIIT licence). Where a facility is, is what the places its location names say
 * ({@link Places#locate}): a province, a city or a prefecture. A location naming no known place, or a
 * province when the coverage lists cities of it, is not reviewed.
 */
final class FacilitiesRule extends ProvisionRule {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();
  /** The B1 services whose facilities the coverage bounds: IDC, CDN, VPN, internet access. */
  private static final List<TelecomService> B1 = List.of("B11", "B12", "B13", "B14").stream()
      .map(c -> CATALOG.byCode(c).orElseThrow()).toList();

  FacilitiesRule() {
    super("facilities.within-coverage");
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev) {
    return judge(ctx, ev, null);
  }

  @Override
  Verdict judge(EvaluationContext ctx, Evaluation ev, @Nullable Entry entry) {
    if (entry != null && isPlatform(entry)) {
      return platform(ctx, ev);
    }
    Verdict others = others(ctx, ev);
    if (ev.analysis().judgedBy(id()).stream().anyMatch(this::isPlatform)) {
      return others;
    }
    // No B21 item was read: provision 二 bounds the platform too, and its servers are judged here.
    Verdict platform = platform(ctx, ev);
    return rank(platform.status()) > rank(others.status()) ? platform : others;
  }

  /** Whether {@code entry} is the B21 item on platform facilities. */
  private boolean isPlatform(Entry entry) {
    return entry.judgedBy(id()).filter(o -> o.services().contains(B21.SERVICE.key())).isPresent();
  }

  /** How much a verdict weighs when two are one finding: a failure over an open question over a pass. */
  private static int rank(Status s) {
    return switch (s) {
      case FAIL -> 3;
      case NOT_REVIEWED -> 2;
      case PASS -> 1;
      default -> 0;
    };
  }

  /** The B21 item: servers of the websites and B21 facilities inside the B21 coverage. */
  private Verdict platform(EvaluationContext ctx, Evaluation ev) {
    String why = ev.whyNotApplicable(List.of(ev.analysis().b21()), ctx.language());
    if (why != null) {
      return Verdict.of(Status.NOT_APPLICABLE, why);
    }
    Optional<List<OperatedWebsite>> sites = ctx.facts().websites();
    List<Facility> b21 = facilities(ctx, true);
    if (sites.isEmpty() && b21.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "unknown");
    }
    Coverage coverage = Coverage.of(ctx.license(), B21.SERVICE);
    String region = coverage.named();
    if (coverage.unreadable() != null) {
      return verdict(ctx, Status.NOT_REVIEWED, "unreadable", region, coverage.unreadable());
    }
    List<String> outside = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (OperatedWebsite s : sites.orElse(List.of())) {
      if (s.serverLocation().isEmpty()) {
        unknown.add(s.domain());
      } else {
        sort(coverage, s.serverLocation().get(), say(ctx, "server", s.domain(), s.serverLocation().get()),
            outside, unknown);
      }
    }
    for (Facility f : b21) {
      sort(coverage, f.location(), say(ctx, "server", f.service(), f.location()), outside, unknown);
    }
    if (!outside.isEmpty()) {
      return verdict(ctx, Status.FAIL, "outside", region, Messages.list(ctx, outside));
    }
    if (!unknown.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "not-known", Messages.list(ctx, unknown));
    }
    boolean none = sites.orElse(List.of()).isEmpty() && b21.isEmpty();
    return verdict(ctx, Status.PASS, none ? "none" : "pass", region);
  }

  /** Provision 二: every facility but the B21 platform's inside the coverage of its service. */
  private Verdict others(EvaluationContext ctx, Evaluation ev) {
    List<String> granted = B1.stream().filter(s -> ev.analysis().grants(s))
        .map(s -> Messages.service(ctx.language(), s, s.name())).toList();
    if (ctx.facts().facilities().isEmpty()) {
      return granted.isEmpty() ? verdict(ctx, Status.NOT_APPLICABLE, "no-b1")
          : verdict(ctx, Status.NOT_REVIEWED, "facilities-unknown", Messages.list(ctx, granted));
    }
    List<Facility> facilities = facilities(ctx, false);
    if (facilities.isEmpty()) {
      return granted.isEmpty() ? verdict(ctx, Status.NOT_APPLICABLE, "no-b1")
          : verdict(ctx, Status.PASS, "facility-none", Messages.list(ctx, granted));
    }
    List<String> outside = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> inside = new ArrayList<>();
    for (Facility f : facilities) {
      Optional<TelecomService> service = CATALOG.find(f.service());
      if (service.isEmpty()) {
        unknown.add(say(ctx, "facility", f.service(), f.location(), "?"));
        continue;
      }
      String what = Messages.service(ctx.language(), service.get(), f.service());
      if (!ev.analysis().grants(service.get())) {
        outside.add(say(ctx, "facility", what, f.location(), say(ctx, "not-granted")));
        continue;
      }
      Coverage coverage = Coverage.of(ctx.license(), CATALOG.serviceOf(service.get()));
      String named = say(ctx, "facility", what, f.location(), coverage.named());
      if (coverage.unreadable() != null) {
        unknown.add(named);
      } else if (sort(coverage, f.location(), named, outside, unknown)) {
        inside.add(named);
      }
    }
    if (!outside.isEmpty()) {
      return verdict(ctx, Status.FAIL, "facility-outside", Messages.list(ctx, outside));
    }
    if (!unknown.isEmpty()) {
      return verdict(ctx, Status.NOT_REVIEWED, "facility-not-known", Messages.list(ctx, unknown));
    }
    return verdict(ctx, Status.PASS, "facility-pass", Messages.list(ctx, inside));
  }

  /** The facilities of the facts that serve B21 ({@code b21}), or all the others. */
  private static List<Facility> facilities(EvaluationContext ctx, boolean b21) {
    return ctx.facts().facilities().orElse(List.of()).stream()
        .filter(f -> CATALOG.find(f.service()).filter(s -> CATALOG.contains(B21.SERVICE, s)).isPresent() == b21)
        .toList();
  }

  /**
   * Puts {@code named} in {@code outside} or {@code unknown} by where {@code location} lies.
   *
   * @return true when it lies inside the coverage
   */
  private static boolean sort(Coverage coverage, String location, String named, List<String> outside,
      List<String> unknown) {
    Optional<Place> p = Places.standard().locate(location);
    Coverage.Where w = p.map(coverage::where).orElse(Coverage.Where.UNDECIDED);
    if (w == Coverage.Where.OUTSIDE) {
      outside.add(named);
    } else if (w == Coverage.Where.UNDECIDED) {
      unknown.add(named);
    }
    return w == Coverage.Where.INSIDE;
  }
}
