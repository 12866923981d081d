package dev.telelicense.io.text;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

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

  /** Whether line {@code i} opens a heading, whole or wrapped onto the next content line. */
  static boolean startsHeading(ScannedText doc, int i, int end) {
    return isHeading(doc.text(i)) || isWrappedHeading(doc, i, end);
  }

  private static boolean isWrappedHeading(ScannedText doc, int i, int end) {
    String line = doc.text(i);
    if (!line.contains(GRANTED) || isHeading(line)) {
      return false;
    }
    int next = doc.nextContent(i, end);
    String n = next < 0 ? "" : doc.text(next);
    return n.indexOf(INFO) >= 0 && n.length() <= 80 && !Labels.startsWithLabel(n);
  }

  /** The service part of a heading: between 获准经营 and 相关信息. */
  static String serviceOf(String heading) {
    int start = heading.indexOf(GRANTED) + GRANTED.length();
    int end = heading.lastIndexOf(INFO);
    return Cjk.strip(heading.substring(start, Math.max(start, end)));
  }

  static List<Section> read(ScannedText doc, int from, int end) {
    List<Section> sections = new ArrayList<>();
    Section section = null;
    SiteDraft site = null;
    for (int i = from; i < end; i++) {
      if (!doc.isContent(i)) {
        continue;
      }
      String t = doc.text(i);
      int number = doc.line(i).number();
      int next = doc.nextContent(i, end);
      if (isWrappedHeading(doc, i, end)) {
        // A long heading wraps: 获准经营… on one line, …相关信息 on the next.
        t = t + doc.text(next);
        doc.take(next);
      }
      if (isHeading(t)) {
        section = new Section(serviceOf(t), number);
        sections.add(section);
        site = null;
        continue;
      }
      if (t.startsWith(Labels.WEBSITE_NAME)) {
        if (section == null) {
          section = new Section(null, number);
          sections.add(section);
        }
        site = new SiteDraft(number);
        section.sites.add(site);
        site.name = value(doc, i, end, Labels.WEBSITE_NAME);
      } else if (site != null) {
        field(doc, i, end, site);
      }
    }
    return sections;
  }

  private static void field(ScannedText doc, int i, int end, SiteDraft site) {
    String t = doc.text(i);
    if (t.startsWith(Labels.WEBSITE_DOMAINS)) {
      site.domains = value(doc, i, end, Labels.WEBSITE_DOMAINS);
      site.domainsLine = doc.line(i).number();
    } else if (t.startsWith(Labels.SERVER_LOCATION)) {
      // Some templates print 服务器放置地点; the 点 is part of the label, not of the place.
      String label = t.startsWith(Labels.SERVER_LOCATION + "点") ? Labels.SERVER_LOCATION + "点"
          : Labels.SERVER_LOCATION;
      site.serverLocation = value(doc, i, end, label);
    } else if (t.startsWith(Labels.ACCESS_PROVIDER)) {
      site.accessProvider = value(doc, i, end, Labels.ACCESS_PROVIDER);
    }
  }

  /** The value on the label's line or, when that holds only the label, on the next content line. */
  @Nullable
  private static String value(ScannedText doc, int i, int end, String label) {
    String value = Labels.afterColon(doc.text(i), label.length());
    if (!value.isEmpty()) {
      return value;
    }
    int next = doc.nextContent(i, end);
    if (next < 0 || Labels.startsWithLabel(doc.text(next)) || isHeading(doc.text(next))) {
      return null;
    }
    doc.take(next);
    return doc.text(next);
  }
}
