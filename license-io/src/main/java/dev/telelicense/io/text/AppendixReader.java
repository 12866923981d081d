package dev.telelicense.io.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 附页 — reads the appendix: headings {@code X公司获准经营<service>相关信息} and, under each, the websites
 * ({@code 网站名称 / 网站域名 / 服务器放置地 / 网站接入服务提供单位}), each value on its label's line or
 * the next.
 */
final class AppendixReader {
  private static final String GRANTED = "获准经营";
  private static final String INFO = "相关信息";

  /** One heading and the websites listed under it; a null heading for sites listed before any. */
  static final class Section {
    @Nullable final String service;
    final int line;
    final List<SiteDraft> sites = new ArrayList<>();

    Section(@Nullable String service, int line) {
      this.service = service;
      this.line = line;
    }
  }

  /** A website's printed fields and the line of its name. */
  static final class SiteDraft {
    final int line;
    @Nullable String name;
    @Nullable String domains;
    int domainsLine;
    @Nullable String serverLocation;
    @Nullable String accessProvider;

    SiteDraft(int line) {
      this.line = line;
    }
  }

  private AppendixReader() {}

  /** Whether {@code line} is a heading {@code X获准经营<service>相关信息}, with or without a colon. */
  static boolean isHeading(String line) {
    int granted = line.indexOf(GRANTED);
    return granted >= 0 && line.indexOf(INFO, granted) >= 0;
  }

  /**
   * Whether {@code line} is the first half of a long heading wrapped onto {@code next}: 获准经营… on one
   * line, a short …相关信息 on the next ("" when there is none).
   */
  static boolean isWrappedHeading(String line, String next) {
    return opensWrappedHeading(line) && next.indexOf(INFO) >= 0 && next.length() <= 80
        && !Labels.startsWithLabel(next);
  }

  /** Whether {@code line} may open a wrapped heading: it has 获准经营 but not the whole heading. */
  static boolean opensWrappedHeading(String line) {
    return line.contains(GRANTED) && !isHeading(line);
  }

  /** The service part of a heading: between 获准经营 and 相关信息. */
  static String serviceOf(String heading) {
    int start = heading.indexOf(GRANTED) + GRANTED.length();
    int end = heading.lastIndexOf(INFO);
    return Cjk.strip(heading.substring(start, Math.max(start, end)));
  }

  /** The headings and websites of the appendix, as {@link TextParts} cut it. */
  static List<Section> read(Part appendix) {
    List<Section> sections = new ArrayList<>();
    Section section = null;
    SiteDraft site = null;
    for (int i = 0; i < appendix.size(); i++) {
      String t = appendix.text(i);
      int number = appendix.number(i);
      if (i + 1 < appendix.size() && isWrappedHeading(t, appendix.text(i + 1))) {
        t = t + appendix.text(++i);
      }
      if (isHeading(t)) {
        section = new Section(serviceOf(t), number);
        sections.add(section);
        site = null;
        continue;
      }
      Part.Field value = null;
      if (t.startsWith(Labels.WEBSITE_NAME)) {
        if (section == null) {
          section = new Section(null, number);
          sections.add(section);
        }
        site = new SiteDraft(number);
        section.sites.add(site);
        value = value(appendix, i, Labels.WEBSITE_NAME);
        site.name = text(value);
      } else if (site != null) {
        value = field(appendix, i, site);
      }
      if (value != null) {
        i = value.index(); // a value on the next line is read once
      }
    }
    return sections;
  }

  /** Reads line {@code i} into {@code site} when it is one of its fields; the value read, or null. */
  private static Part.@Nullable Field field(Part appendix, int i, SiteDraft site) {
    String t = appendix.text(i);
    Part.Field value = null;
    if (t.startsWith(Labels.WEBSITE_DOMAINS)) {
      value = value(appendix, i, Labels.WEBSITE_DOMAINS);
      site.domains = text(value);
      site.domainsLine = appendix.number(i);
    } else if (t.startsWith(Labels.SERVER_LOCATION)) {
      String label = t.startsWith(Labels.SERVER_LOCATION_LONG) ? Labels.SERVER_LOCATION_LONG
          : Labels.SERVER_LOCATION;
      value = value(appendix, i, label);
      site.serverLocation = text(value);
    } else if (t.startsWith(Labels.ACCESS_PROVIDER)) {
      value = value(appendix, i, Labels.ACCESS_PROVIDER);
      site.accessProvider = text(value);
    }
    return value;
  }

  /** The value on the label's line or the next ({@link Part#valueAt}), but never a heading. */
  private static Part.@Nullable Field value(Part appendix, int i, String label) {
    Part.Field f = appendix.valueAt(i, label);
    return f == null || (f.index() != i && isHeading(f.value())) ? null : f;
  }

  @Nullable
  private static String text(Part.@Nullable Field f) {
    return f == null ? null : f.value();
  }
}
