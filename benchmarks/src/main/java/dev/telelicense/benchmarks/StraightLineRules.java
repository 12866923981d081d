package dev.telelicense.benchmarks;

import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.Attestation;
import dev.telelicense.model.DomainNames;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.Grant;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.Province;
import dev.telelicense.model.Provision;
import dev.telelicense.model.SecurityAssessment;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import dev.telelicense.model.Advertisement;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.calendar.Deadline;
import dev.telelicense.rules.calendar.Deadlines;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Status;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The floor for {@code Rulebook.standard().evaluate}: the same checks written as one pass over the
 * provisions, the way someone would hand-code them for one licence template — no rule objects, no
 * sorting, each provision recognised by a {@code contains} on its text as printed (the rulebook
 * first normalises full-width digits and scattered spaces, which these seeds do not need), item scopes
 * resolved against their heading once. Locating the provisions ({@link #locate}) and judging the facts
 * are two steps, so that the floor of a prepared rulebook — licence located once, facts judged per
 * call — is measured too. It builds the same findings (rule, citation, status, due, a
 * message) — {@link RulesBenchmark} checks that at setup — with terser messages.
 * Calendar arithmetic is the library's ({@link Deadlines}, {@link WorkdayCalendar#official()}): the
 * floor is for the rule logic, not for counting holidays.
 */
final class StraightLineRules {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();
  private static final TelecomService B21 = CATALOG.byCode("B21").orElseThrow();
  private static final WorkdayCalendar CALENDAR = WorkdayCalendar.official();

  private final License license;
  private final OperatingFacts facts;
  private final LocalDate asOf;
  private final List<Finding> out = new ArrayList<>(48);

  private StraightLineRules(License license, OperatingFacts facts, LocalDate asOf) {
    this.license = license;
    this.facts = facts;
    this.asOf = asOf;
  }

  /** From scratch: the provisions are located by their text on every call, as the rulebook's are. */
  static ComplianceReport evaluate(License license, OperatingFacts facts, LocalDate asOf) {
    return evaluate(locate(license), facts, asOf);
  }

  /** With the provisions located beforehand, once per licence: the floor for a prepared rulebook. */
  static ComplianceReport evaluate(Located located, OperatingFacts facts, LocalDate asOf) {
    StraightLineRules r = new StraightLineRules(located.license, facts, asOf);
    r.run(located);
    return ComplianceReport.builder().license(located.number).asOf(asOf).findings(r.out).build();
  }

  // ---- locating the provisions: what depends on the licence alone ---------------------------------

  // One bit per clause, in the order the rules are written below.
  private static final int SCOPE = 1;
  private static final int NUMBER_SHOWN = 1 << 1;
  private static final int ILLEGAL_INFO = 1 << 2;
  private static final int ENTITY_CHANGE = 1 << 3;
  private static final int INFO_CHANGE = 1 << 4;
  private static final int RENEWAL = 1 << 5;
  private static final int ANNUAL_REPORT = 1 << 6;
  private static final int SECURITY_ASSESSMENT = 1 << 7;
  private static final int ADVERTISING = 1 << 8;
  private static final int DATA_RETENTION = 1 << 9;
  private static final int FACILITIES = 1 << 10;

  /**
   * A provision or item with what its text states: the clause bits, its citation and, for an item,
   * the service of its heading ({@code null} when the heading names none).
   */
  private record Entry(Provision provision, String citation, int clauses, boolean isItem,
      TelecomService heading, boolean isObligation) {}

  /** A licence with its provisions located. */
  static final class Located {
    private final License license;
    private final String number;
    private final List<Entry> entries = new ArrayList<>();
    private int stated;

    private Located(License license) {
      this.license = license;
      this.number = license.number().toString();
    }
  }

  static Located locate(License license) {
    Located l = new Located(license);
    for (Provision p : license.provisions()) {
      String text = p.text();
      l.entries.add(new Entry(p, p.label(), clauses(text), false, null, p.items().isEmpty()));
      if (!p.items().isEmpty()) {
        TelecomService heading = serviceOfHeading(text);
        for (Provision item : p.items()) {
          l.entries.add(new Entry(item, p.label() + item.label(), clauses(item.text()), true, heading, true));
        }
      }
    }
    for (Entry e : l.entries) {
      l.stated |= e.clauses;
    }
    return l;
  }

  /** The clauses a provision's text states, each recognised by a {@code contains}. */
  private static int clauses(String t) {
    int c = 0;
    if (t.contains("不得经营或变相经营")) {
      c |= SCOPE;
    }
    if (t.contains("标明经营许可证编号")) {
      c |= NUMBER_SHOWN;
    }
    if (t.contains("10个工作日") && t.contains("违法信息")) {
      c |= ILLEGAL_INFO;
    }
    if (t.contains("作出决定之日起30日")) {
      c |= ENTITY_CHANGE;
    }
    if (t.contains("变更后30日") || t.contains("变更之日起30日")) {
      c |= INFO_CHANGE;
    }
    if (t.contains("提前90日")) {
      c |= RENEWAL;
    }
    if (t.contains("年报")) {
      c |= ANNUAL_REPORT;
    }
    if (t.contains("新技术新业务安全评估")) {
      c |= SECURITY_ASSESSMENT;
    }
    if (t.contains("信息服务业务广告")) {
      c |= ADVERTISING;
    }
    if (t.contains("保存时间不得少于一年")) {
      c |= DATA_RETENTION;
    }
    if (t.contains("业务覆盖范围内组建")) {
      c |= FACILITIES;
    }
    return c;
  }

  // ---- judging the facts -------------------------------------------------------------------------

  private void run(Located located) {
    inForce();
    boolean attested = false;
    for (Entry e : located.entries) {
      String whyNot = e.isItem ? whyItemNotApplicable(e.provision, e.heading) : null;
      attested |= provision(e, whyNot);
    }
    int stated = located.stated;
    absent((stated & SCOPE) != 0, "scope.services-granted");
    absent((stated & SCOPE) != 0, "websites.listed");
    absent((stated & NUMBER_SHOWN) != 0, "websites.show-license-number");
    absent((stated & ILLEGAL_INFO) != 0, "illegal-info.reported-in-10-workdays");
    absent((stated & ENTITY_CHANGE) != 0, "entity-change.applied-in-30-days");
    absent((stated & INFO_CHANGE) != 0, "info-change.reported-in-30-days");
    absent((stated & RENEWAL) != 0, "renewal.applied-90-days-ahead");
    absent((stated & ANNUAL_REPORT) != 0, "annual-report.filed-in-q1");
    absent((stated & SECURITY_ASSESSMENT) != 0, "security-assessment.reported-in-30-days");
    absent((stated & ADVERTISING) != 0, "ads.show-name-and-number");
    absent((stated & DATA_RETENTION) != 0, "data.retained-one-year");
    absent((stated & FACILITIES) != 0, "facilities.within-coverage");
    absent(attested, "attestation");
  }

  /** One provision or item: every clause it states, or an attestation for an obligation. */
  private boolean provision(Entry e, String whyNot) {
    int c = e.clauses;
    String citation = e.citation;
    if ((c & SCOPE) != 0) {
      add("scope.services-granted", citation, whyNot, this::servicesGranted);
      add("websites.listed", citation, whyNot, this::websitesListed);
    }
    if ((c & NUMBER_SHOWN) != 0) {
      add("websites.show-license-number", citation, whyNot, this::numberShown);
    }
    if ((c & ILLEGAL_INFO) != 0) {
      add("illegal-info.reported-in-10-workdays", citation, whyNot, this::illegalInfo);
    }
    if ((c & ENTITY_CHANGE) != 0) {
      add("entity-change.applied-in-30-days", citation, whyNot, this::entityChange);
    }
    if ((c & INFO_CHANGE) != 0) {
      add("info-change.reported-in-30-days", citation, whyNot, this::infoChange);
    }
    if ((c & RENEWAL) != 0) {
      add("renewal.applied-90-days-ahead", citation, whyNot, this::renewal);
    }
    if ((c & ANNUAL_REPORT) != 0) {
      add("annual-report.filed-in-q1", citation, whyNot, this::annualReport);
    }
    if ((c & SECURITY_ASSESSMENT) != 0) {
      add("security-assessment.reported-in-30-days", citation, whyNot, this::securityAssessment);
    }
    if ((c & ADVERTISING) != 0) {
      add("ads.show-name-and-number", citation, whyNot, this::advertising);
    }
    if ((c & DATA_RETENTION) != 0) {
      add("data.retained-one-year", citation, whyNot, this::dataRetention);
    }
    if ((c & FACILITIES) != 0) {
      add("facilities.within-coverage", citation, whyNot, this::facilities);
    }
    if (c == 0 && e.isObligation) {
      add("attestation", citation, whyNot, () -> attestation(citation));
      return true;
    }
    return false;
  }

  // ---- the judgements, each returning a verdict --------------------------------------------------

  private record V(Status status, String message, LocalDate due) {}

  private void inForce() {
    Optional<LocalDate> from = license.issuedOn();
    Optional<LocalDate> to = license.validUntil();
    V v;
    if (from.isEmpty() || to.isEmpty()) {
      v = new V(Status.NOT_REVIEWED, "许可证日期不明", null);
    } else if (asOf.isBefore(from.get())) {
      v = new V(Status.FAIL, "许可证" + from.get() + "才发证", null);
    } else if (asOf.isAfter(to.get())) {
      v = new V(Status.FAIL, "许可证有效期至" + to.get() + "，已过期", null);
    } else {
      v = new V(Status.PASS, "许可证有效期" + from.get() + "至" + to.get() + "，" + asOf + "有效", null);
    }
    out.add(Finding.builder().rule("license.in-force").status(v.status).message(v.message)
        .due(to).build());
  }

  private V servicesGranted() {
    if (facts.services().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供实际经营的业务", null);
    }
    List<String> unlicensed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String s : facts.services().get()) {
      Optional<TelecomService> e = CATALOG.find(s);
      if (e.isEmpty()) {
        unknown.add(s);
      } else if (!license.grants(e.get())) {
        unlicensed.add(s);
      }
    }
    if (!unlicensed.isEmpty()) {
      return new V(Status.FAIL, "经营了未经许可的业务：" + String.join("、", unlicensed), null);
    }
    if (!unknown.isEmpty()) {
      return new V(Status.NOT_REVIEWED, "目录中没有：" + String.join("、", unknown), null);
    }
    return new V(Status.PASS, "所经营业务均在许可范围内：" + String.join("、", facts.services().get()), null);
  }

  private V websitesListed() {
    if (facts.websites().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供实际经营的网站", null);
    }
    List<String> unlisted = new ArrayList<>();
    for (OperatedWebsite s : facts.websites().get()) {
      boolean listed = false;
      for (Website w : license.websites()) {
        for (String d : w.domains()) {
          listed |= DomainNames.isWithin(s.domain(), d);
        }
      }
      if (!listed) {
        unlisted.add(s.domain());
      }
    }
    return unlisted.isEmpty() ? new V(Status.PASS, "所经营网站均载于附页", null)
        : new V(Status.FAIL, "附页未载明的网站：" + String.join("、", unlisted), null);
  }

  private V numberShown() {
    if (facts.websites().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供实际经营的网站", null);
    }
    List<String> missing = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (OperatedWebsite s : facts.websites().get()) {
      if (s.homepageShowsLicenseNumber().isEmpty()) {
        unknown.add(s.domain());
      } else if (!s.homepageShowsLicenseNumber().get()) {
        missing.add(s.domain());
      }
    }
    if (!missing.isEmpty()) {
      return new V(Status.FAIL, "主页未标明编号" + license.number() + "：" + String.join("、", missing), null);
    }
    if (!unknown.isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未知主页是否标明编号：" + String.join("、", unknown), null);
    }
    return new V(Status.PASS, "所有网站主页均标明经营许可证编号", null);
  }

  private V illegalInfo() {
    if (facts.illegalInfoDisposals().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供违法信息处置记录", null);
    }
    Periods t = new Periods();
    for (IllegalInfoDisposal d : facts.illegalInfoDisposals().get()) {
      t.add(d.disposedOn() + "处置的违法信息", "上报",
          Deadlines.workdaysAfter(d.disposedOn(), 10, CALENDAR), d.reportedOn());
    }
    return t.verdict("无违法信息处置记录");
  }

  private V entityChange() {
    if (facts.entityChanges().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供经营主体变更情况", null);
    }
    Periods t = new Periods();
    for (EntityChange c : facts.entityChanges().get()) {
      String event = c.decidedOn() + "决定的经营主体变更";
      t.add(event, "申请", Deadlines.daysAfter(c.decidedOn(), 30, CALENDAR), c.appliedOn());
      if (c.implementedOn().isPresent()) {
        if (c.approvedOn().isEmpty()) {
          t.line(Status.FAIL, event + "未经批准即于" + c.implementedOn().get() + "实施");
        } else if (c.implementedOn().get().isBefore(c.approvedOn().get())) {
          t.line(Status.FAIL, event + "于" + c.implementedOn().get() + "实施，早于批准");
        }
      }
    }
    return t.verdict("无经营主体变更");
  }

  private V infoChange() {
    if (facts.infoChanges().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供信息变更情况", null);
    }
    Periods t = new Periods();
    for (InfoChange c : facts.infoChanges().get()) {
      t.add(c.changedOn() + "发生的信息变更", "报送", Deadlines.daysAfter(c.changedOn(), 30, CALENDAR),
          c.reportedOn());
    }
    return t.verdict("无信息变更");
  }

  private V renewal() {
    if (license.validUntil().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "许可证有效期至不明", null);
    }
    LocalDate due = Deadlines.daysBefore(license.validUntil().get(), 90);
    Optional<LocalDate> applied = facts.renewalAppliedOn();
    if (applied.isPresent()) {
      return applied.get().isAfter(due)
          ? new V(Status.FAIL, "应不晚于" + due + "申请续办，实际" + applied.get() + "才申请", due)
          : new V(Status.PASS, "已于" + applied.get() + "申请续办", due);
    }
    return asOf.isAfter(due) ? new V(Status.NOT_REVIEWED, "续办申请期限" + due + "已过，未提供是否申请", due)
        : new V(Status.PASS, "续办申请期限" + due + "未届满", due);
  }

  private V annualReport() {
    if (license.issuedOn().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "许可证发证日期不明", null);
    }
    int first = license.issuedOn().get().getYear() + 1;
    Optional<LocalDate> until = license.validUntil();
    List<Integer> dueYears = new ArrayList<>();
    LocalDate next = null;
    for (int y = first; y <= asOf.getYear(); y++) {
      if (until.isPresent() && LocalDate.of(y, 1, 1).isAfter(until.get())) {
        break;
      }
      if (asOf.isAfter(LocalDate.of(y, 3, 31))) {
        dueYears.add(y);
      } else {
        next = LocalDate.of(y, 3, 31);
      }
    }
    if (next == null) {
      int y = Math.max(asOf.getYear() + 1, first);
      if (until.isEmpty() || !LocalDate.of(y, 1, 1).isAfter(until.get())) {
        next = LocalDate.of(y, 3, 31);
      }
    }
    if (dueYears.isEmpty()) {
      return new V(Status.PASS, "尚无到期的年报", next);
    }
    if (facts.annualReports().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供年报情况", next);
    }
    StringBuilder late = new StringBuilder();
    for (int y : dueYears) {
      AnnualReport filed = null;
      boolean inTime = false;
      for (AnnualReport a : facts.annualReports().get()) {
        if (a.year() == y) {
          filed = filed == null ? a : filed;
          inTime |= !a.filedOn().isBefore(LocalDate.of(y, 1, 1)) && !a.filedOn().isAfter(LocalDate.of(y, 3, 31));
        }
      }
      if (!inTime) {
        late.append(late.length() == 0 ? "" : "；").append(y)
            .append(filed == null ? "年未报" : "年报于" + filed.filedOn() + "填报，不在第一季度");
      }
    }
    return late.length() > 0 ? new V(Status.FAIL, "年报：" + late, next)
        : new V(Status.PASS, dueYears + "年报均在第一季度填报", next);
  }

  private V securityAssessment() {
    if (facts.securityAssessments().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供安全评估情况", null);
    }
    Periods t = new Periods();
    for (SecurityAssessment a : facts.securityAssessments().get()) {
      t.add(a.completedOn() + "完成的安全评估", "提交报告", Deadlines.daysAfter(a.completedOn(), 30, CALENDAR),
          a.reportedOn());
    }
    return t.verdict("无已完成的安全评估");
  }

  private V advertising() {
    if (facts.advertisements().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供广告情况", null);
    }
    List<String> fail = new ArrayList<>();
    boolean unknown = false;
    int n = 0;
    for (Advertisement a : facts.advertisements().get()) {
      n++;
      boolean noName = a.showsCompanyName().equals(Optional.of(false));
      boolean noNumber = a.showsLicenseNumber().equals(Optional.of(false));
      if (noName || noNumber) {
        fail.add("第" + n + "则广告未公布" + (noName ? "公司名称" : "") + (noNumber ? "经营许可证编号" : ""));
      } else {
        unknown |= a.showsCompanyName().isEmpty() || a.showsLicenseNumber().isEmpty();
      }
    }
    return !fail.isEmpty() ? new V(Status.FAIL, String.join("；", fail), null)
        : unknown ? new V(Status.NOT_REVIEWED, "未知广告是否公布公司名称和编号", null)
        : new V(Status.PASS, "所有广告均公布公司名称和经营许可证编号", null);
  }

  private V dataRetention() {
    String why = notOperated(B21, "在线数据处理与交易处理业务（B21）");
    if (why != null) {
      return new V(Status.NOT_APPLICABLE, why, null);
    }
    if (facts.dataRetentionDays().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供数据保存期限", null);
    }
    int days = facts.dataRetentionDays().getAsInt();
    return days < 365 ? new V(Status.FAIL, "数据保存" + days + "天，少于一年", null)
        : new V(Status.PASS, "数据保存" + days + "天，不少于一年", null);
  }

  private V facilities() {
    String why = notOperated(B21, "在线数据处理与交易处理业务（B21）");
    if (why != null) {
      return new V(Status.NOT_APPLICABLE, why, null);
    }
    if (facts.websites().isEmpty()) {
      return new V(Status.NOT_REVIEWED, "未提供服务器放置地", null);
    }
    // Where servers may stand: the B21 grants' printed coverage, else the licence's province (any for 全国).
    String printed = "";
    for (Grant g : license.grants()) {
      if (g.coverage().isPresent() && g.service().isPresent() && CATALOG.contains(B21, g.service().get())) {
        printed = printed.isEmpty() ? g.coverage().get() : printed + "、" + g.coverage().get();
      }
    }
    List<Province> allowed = new ArrayList<>();
    boolean anywhere = printed.isEmpty() && license.number().province().isEmpty();
    if (printed.isEmpty()) {
      license.number().province().ifPresent(allowed::add);
    }
    for (String item : printed.isEmpty() ? new String[0] : printed.split("[、，,；; 和及\u3000]+")) {
      if (item.isEmpty()) {
        continue;
      }
      Province named = null;
      for (Province p : Province.values()) {
        if (item.equals(p.fullName()) || item.equals(p.shortName())) {
          named = p;
        }
      }
      if (item.equals(Province.NATIONWIDE)) {
        anywhere = true;
      } else if (named == null) {
        return new V(Status.NOT_REVIEWED, "B21业务覆盖范围" + printed + "中的" + item + "不是省级行政区", null);
      } else {
        allowed.add(named);
      }
    }
    List<String> outside = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (OperatedWebsite s : facts.websites().get()) {
      Optional<Province> p = s.serverLocation().flatMap(Province::atStartOf);
      if (p.isEmpty()) {
        unknown.add(s.domain());
      } else if (!anywhere && !allowed.contains(p.get())) {
        outside.add(s.domain());
      }
    }
    return !outside.isEmpty() ? new V(Status.FAIL, "服务器不在业务覆盖范围内：" + String.join("、", outside), null)
        : !unknown.isEmpty() ? new V(Status.NOT_REVIEWED, "服务器放置地不明：" + String.join("、", unknown), null)
        : new V(Status.PASS, "服务器均在业务覆盖范围" + license.region() + "内", null);
  }

  private V attestation(String citation) {
    if (facts.attestations().isPresent()) {
      String wanted = citation(citation);
      for (Attestation a : facts.attestations().get()) {
        if (citation(a.provision()).equals(wanted)) {
          return new V(Status.PASS, a.by() + "于" + a.on() + "承诺遵守第" + citation + "项", null);
        }
      }
    }
    return new V(Status.NOT_REVIEWED, "无人承诺遵守第" + citation + "项", null);
  }

  /** {@code 十五(三)} and {@code 十五 （三）} cite {@code 十五（三）}. */
  private static String citation(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') {
        b.append(c == '(' ? '（' : c == ')' ? '）' : c);
      }
    }
    return b.toString();
  }

  // ---- scope: whether an item binds this licensee ------------------------------------------------

  private String whyItemNotApplicable(Provision item, TelecomService heading) {
    if (item.appliesTo().isPresent()) {
      Optional<TelecomService> scoped = CATALOG.find(item.appliesTo().get());
      if (scoped.isPresent()) {
        String why = notOperated(scoped.get(), item.appliesTo().get());
        if (why != null) {
          return why;
        }
      }
    }
    return heading == null ? null : notOperated(heading, heading.name());
  }

  private String notOperated(TelecomService service, String printed) {
    if (!license.grants(service)) {
      return "本许可证未许可（或不含）" + printed + "，此项不适用";
    }
    if (facts.services().isPresent()) {
      for (String s : facts.services().get()) {
        Optional<TelecomService> e = CATALOG.find(s);
        if (e.isPresent() && (CATALOG.contains(service, e.get()) || CATALOG.contains(e.get(), service))) {
          return null;
        }
      }
      return "未经营" + printed + "，此项不适用";
    }
    return null;
  }

  /** The coded service a heading is about ({@code 你公司在经营信息服务业务时…}), the longest name winning. */
  private static TelecomService serviceOfHeading(String text) {
    TelecomService best = null;
    for (TelecomService e : CATALOG.entries()) {
      if (e.code().isPresent() && !e.isItem() && text.contains("经营" + e.name())
          && (best == null || e.name().length() > best.name().length())) {
        best = e;
      }
    }
    return best;
  }

  // ---- plumbing ----------------------------------------------------------------------------------

  private interface Judgement {
    V judge();
  }

  private void add(String rule, String citation, String whyNot, Judgement judgement) {
    V v = whyNot != null ? new V(Status.NOT_APPLICABLE, whyNot, null) : judgement.judge();
    out.add(Finding.builder().rule(rule).provision(citation).status(v.status).message(v.message)
        .due(Optional.ofNullable(v.due)).build());
  }

  private void absent(boolean found, String rule) {
    if (!found) {
      out.add(Finding.builder().rule(rule).status(Status.NOT_APPLICABLE)
          .message("本许可证没有相关规定").build());
    }
  }

  /** Events with a period each: the worst status wins, the earliest open deadline is due. */
  private final class Periods {
    private Status worst;
    private final StringBuilder lines = new StringBuilder();
    private LocalDate due;

    void add(String event, String verb, Deadline deadline, Optional<LocalDate> doneOn) {
      if (doneOn.isPresent()) {
        Optional<Boolean> inTime = deadline.isMetBy(doneOn.get());
        if (inTime.isEmpty()) {
          line(Status.NOT_REVIEWED, event + "：缺少节假日安排，无法计算期限");
        } else if (inTime.get()) {
          line(Status.PASS, event + "已于" + doneOn.get() + verb + "，在期限内");
        } else {
          line(Status.FAIL, event + "应于" + deadline.date().orElseThrow() + "前" + verb + "，逾期");
        }
      } else if (!asOf.isAfter(deadline.earliest())) {
        open(deadline.date().orElse(deadline.earliest()));
        line(Status.PASS, event + "尚未" + verb + "，期限未届满");
      } else if (deadline.date().isEmpty()) {
        line(Status.NOT_REVIEWED, event + "：缺少节假日安排，无法计算期限");
      } else if (!asOf.isAfter(deadline.date().get())) {
        open(deadline.date().get());
        line(Status.PASS, event + "尚未" + verb + "，期限未届满");
      } else {
        line(Status.FAIL, event + "应于" + deadline.date().get() + "前" + verb + "，仍未" + verb);
      }
    }

    void line(Status s, String text) {
      if (worst == null || s == Status.FAIL || (s == Status.NOT_REVIEWED && worst == Status.PASS)) {
        worst = s;
      }
      lines.append(lines.length() == 0 ? "" : "；").append(text);
    }

    private void open(LocalDate d) {
      if (due == null || d.isBefore(due)) {
        due = d;
      }
    }

    V verdict(String none) {
      return worst == null ? new V(Status.PASS, none, null) : new V(worst, lines.toString(), due);
    }
  }
}
