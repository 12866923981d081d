package dev.telelicense.io.text;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.DomainNames;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Puts each appendix website under the grant its heading names, matched by catalogue entry (the same
 * site may be listed under two grants). Websites that cannot be placed or built are reported as
 * errors, never dropped silently.
 */
final class AppendixMatcher {
  /** The most websites a diagnostic names one by one; the rest are counted. */
  private static final int MAX_NAMED = 10;

  private final ServiceCatalog catalog;
  private final DiagnosticSink sink;
  private final ServiceListSplitter lists;

  AppendixMatcher(ServiceCatalog catalog, DiagnosticSink sink) {
    this.catalog = catalog;
    this.sink = sink;
    this.lists = new ServiceListSplitter(catalog);
  }

  void attach(List<AppendixReader.Section> sections, List<GrantDraft> grants) {
    for (AppendixReader.Section section : sections) {
      if (section.sites.isEmpty()) {
        continue;
      }
      if (section.service == null) {
        sink.report(DiagnosticCode.WEBSITE_WITHOUT_HEADING, section.line, "grants",
            "website(s) listed before any appendix heading (获准经营…相关信息) dropped: "
                + names(section));
        continue;
      }
      int g = grantFor(section.service, grants);
      if (g < 0) {
        sink.report(DiagnosticCode.APPENDIX_UNMATCHED, section.line, "grants",
            "appendix heading for " + Texts.quote(section.service)
                + " matches no grant; website(s) dropped: " + names(section));
        continue;
      }
      GrantDraft grant = grants.get(g);
      for (int w = 0; w < section.sites.size(); w++) {
        Website site = website(section.sites.get(w), "grants[" + g + "].websites[" + w + "]");
        if (site != null) {
          grant.websites.add(site);
        }
      }
    }
  }

  /**
   * The grant for a heading's service: same catalogue entry or one of its items (or, outside the
   * catalogue, the same name). When several grants have it, the one whose 仅限/不含 lists hold those
   * of the heading's parentheses.
   */
  private int grantFor(String headingService, List<GrantDraft> grants) {
    String name = nameOf(headingService);
    Optional<TelecomService> service = catalog.find(name);
    List<String> limited = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    parentheticals(headingService, limited, excluded);
    int first = -1;
    for (int g = 0; g < grants.size(); g++) {
      GrantDraft grant = grants.get(g);
      // Same entry, or a heading that names one of the granted service's items (信息搜索查询服务).
      boolean same = service.isPresent()
          ? grant.service != null && catalog.contains(grant.service, service.get())
          : grant.name.equals(name);
      if (!same) {
        continue;
      }
      if (first < 0) {
        first = g;
      }
      if (grant.limitedTo.containsAll(limited) && grant.excluding.containsAll(excluded)) {
        return g;
      }
    }
    return first;
  }

  /** The 仅限 and 不含 lists in the heading's parentheses: {@code (仅限互联网信息服务)}. */
  private void parentheticals(String headingService, List<String> limited, List<String> excluded) {
    int open = 0;
    while (open < headingService.length() && !Cjk.isOpenParen(headingService.charAt(open))) {
      open++;
    }
    while (open < headingService.length()) {
      int close = Cjk.closingParen(headingService, open);
      int end = close < 0 ? headingService.length() : close;
      String inner = Cjk.strip(headingService.substring(open + 1, end));
      if (inner.startsWith("仅限")) {
        limited.addAll(lists.split(inner.substring(2)));
      } else if (inner.startsWith("不含")) {
        excluded.addAll(lists.split(inner.substring(2)));
      }
      open = end + 1;
      while (open < headingService.length() && !Cjk.isOpenParen(headingService.charAt(open))) {
        open++;
      }
    }
  }

  /** {@code 第二类增值电信业务中的信息服务业务(仅限互联网信息服务)} → {@code 信息服务业务}. */
  private static String nameOf(String headingService) {
    int end = 0;
    while (end < headingService.length() && !Cjk.isOpenParen(headingService.charAt(end))) {
      end++;
    }
    return ServiceListSplitter.withoutCategoryPrefix(Cjk.strip(headingService.substring(0, end)));
  }

  @Nullable
  private Website website(AppendixReader.SiteDraft draft, String path) {
    String name = draft.name == null ? "" : draft.name;
    if (name.isEmpty()) {
      sink.report(DiagnosticCode.WEBSITE_INVALID, draft.line, path + ".name",
          "website without a name (网站名称) dropped");
      return null;
    }
    List<String> domains = domains(draft.domains);
    int line = draft.domainsLine > 0 ? draft.domainsLine : draft.line;
    if (domains.isEmpty()) {
      sink.report(DiagnosticCode.WEBSITE_INVALID, line, path + ".domains",
          "website " + Texts.quote(name) + " has no domain (网站域名); dropped");
      return null;
    }
    for (String d : domains) {
      if (!DomainNames.isValid(d)) {
        sink.report(DiagnosticCode.WEBSITE_INVALID, line, path + ".domains",
            "website " + Texts.quote(name) + " has an invalid domain (网站域名) "
                + Texts.quote(d) + "; dropped");
        return null;
      }
    }
    try {
      return Website.builder().name(name).addAllDomains(domains)
          .serverLocation(Optional.ofNullable(draft.serverLocation))
          .accessProvider(Optional.ofNullable(draft.accessProvider)).build();
    } catch (IllegalStateException e) {
      sink.report(DiagnosticCode.INVALID_VALUE, draft.line, path, e.getMessage());
      return null;
    }
  }

  /** {@code yxqiche.com;daikuan.com} → both; separated by {@code ;} {@code ；} {@code 、} or commas. */
  static List<String> domains(@Nullable String printed) {
    List<String> domains = new ArrayList<>();
    if (printed == null) {
      return domains;
    }
    int start = 0;
    for (int i = 0; i <= printed.length(); i++) {
      if (i == printed.length() || ";；、,，".indexOf(printed.charAt(i)) >= 0) {
        String d = Cjk.strip(printed.substring(start, i));
        if (!d.isEmpty()) {
          domains.add(d);
        }
        start = i + 1;
      }
    }
    return domains;
  }

  /** The names of a section's websites, the first {@link #MAX_NAMED} of them and how many more. */
  private static String names(AppendixReader.Section section) {
    List<String> names = new ArrayList<>();
    for (AppendixReader.SiteDraft s : section.sites) {
      if (names.size() == MAX_NAMED) {
        names.add("and " + (section.sites.size() - MAX_NAMED) + " more");
        break;
      }
      names.add(s.name == null ? "(unnamed)" : Texts.quote(s.name));
    }
    return String.join(", ", names);
  }
}
