package dev.telelicense.cli;

import dev.telelicense.model.EnglishNames;
import dev.telelicense.model.License;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.rules.diff.ChangeKind;
import dev.telelicense.rules.diff.FieldChange;
import dev.telelicense.rules.diff.GrantChange;
import dev.telelicense.rules.diff.LicenseDiff;
import dev.telelicense.rules.diff.ProvisionChange;
import dev.telelicense.rules.diff.TextEdit;
import dev.telelicense.rules.diff.WebsiteChange;
import dev.telelicense.rules.provision.Citations;
import dev.telelicense.rules.provision.ProvisionCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code diff} command's text: one line per change, reworded text in word-diff style
 * ({@code [-removed-]{+inserted+}}) with a few characters of context.
 */
final class DiffText {
  private static final int CONTEXT = 8;
  private static final Map<String, String[]> FIELDS = Map.ofEntries(
      Map.entry("number", new String[] {"经营许可证编号", "licence number"}),
      Map.entry("licensee", new String[] {"公司名称", "licensee"}),
      Map.entry("legalRepresentative", new String[] {"法定代表人", "legal representative"}),
      Map.entry("issuedOn", new String[] {"发证日期", "issued on"}),
      Map.entry("validUntil", new String[] {"有效期至", "valid until"}),
      Map.entry("name", new String[] {"名称", "name"}),
      Map.entry("limitedTo", new String[] {"仅限", "limited to"}),
      Map.entry("excluding", new String[] {"不含", "excluding"}),
      Map.entry("including", new String[] {"含", "including"}),
      Map.entry("coverage", new String[] {"覆盖范围", "coverage"}),
      Map.entry("coverageByArea", new String[] {"分区域覆盖范围", "coverage by area"}),
      Map.entry("domains", new String[] {"网站域名", "domains"}),
      Map.entry("serverLocation", new String[] {"服务器放置地", "server location"}),
      Map.entry("accessProvider", new String[] {"网站接入服务提供单位", "access provider"}));
  private static final Map<ChangeKind, String[]> KINDS = Map.of(
      ChangeKind.ADDED, new String[] {"新增", "added"},
      ChangeKind.REMOVED, new String[] {"删除", "removed"},
      ChangeKind.CHANGED, new String[] {"变更", "changed"},
      ChangeKind.MOVED, new String[] {"移动", "moved"},
      ChangeKind.REWORDED, new String[] {"改写", "reworded"});

  private DiffText() {}

  static String render(License before, License after, LicenseDiff diff, boolean en) {
    StringBuilder b = new StringBuilder();
    b.append(before.number()).append(" → ").append(after.number()).append("\n");
    if (diff.isEmpty()) {
      return b.append(en ? "no differences\n" : "无差异\n").toString();
    }
    for (FieldChange f : diff.fields()) {
      b.append("  ").append(field(f, en)).append("\n");
    }
    for (GrantChange g : diff.grants()) {
      b.append(en ? "  grant " : "  业务 ").append(service(g.service(), en)).append(' ')
          .append(kind(g.kind(), en)).append("\n");
      g.fields().forEach(f -> b.append("      ").append(field(en ? inEnglish(f) : f, en)).append("\n"));
    }
    for (WebsiteChange w : diff.websites()) {
      b.append(en ? "  website " : "  网站 ").append(w.name()).append(' ').append(kind(w.kind(), en)).append("\n");
      w.fields().forEach(f -> b.append("      ").append(field(f, en)).append("\n"));
    }
    for (ProvisionChange p : diff.provisions()) {
      b.append(en ? "  provision " : "  条款 ").append(provision(p, en)).append(' ').append(kind(p.kind(), en));
      if (p.kind() == ChangeKind.MOVED) {
        b.append(": ").append(cite(p.before(), en)).append(" → ").append(cite(p.after(), en));
      } else {
        b.append(en ? " at " : "：").append(cite(p.after().or(p::before), en));
      }
      b.append("\n");
      if (p.kind() == ChangeKind.REWORDED) {
        b.append("      ").append(wordDiff(p.edits())).append("\n");
      } else if (p.kind() != ChangeKind.MOVED) {
        b.append("      ").append(en ? "\"" : "「").append(p.quote()).append(en ? "\"" : "」").append("\n");
      }
    }
    return b.toString();
  }

  private static String field(FieldChange f, boolean en) {
    String[] names = FIELDS.getOrDefault(f.field(), new String[] {f.field(), f.field()});
    String none = en ? "(none)" : "（无）";
    return names[en ? 1 : 0] + (en ? ": " : "：") + f.before().orElse(none) + " → " + f.after().orElse(none);
  }

  /** A grant's limits, exclusions and coverage with English names for the terms that have one. */
  private static FieldChange inEnglish(FieldChange f) {
    if (f.field().equals("coverage")) {
      return new FieldChange(f.field(), f.before().map(EnglishNames::coverage), f.after().map(EnglishNames::coverage));
    }
    if (f.field().equals("name")) {
      return f;
    }
    return new FieldChange(f.field(), f.before().map(DiffText::terms), f.after().map(DiffText::terms));
  }

  private static String terms(String joined) {
    List<String> english = new ArrayList<>();
    for (String t : joined.split("、", -1)) {
      english.add(EnglishNames.term(t).orElse(t));
    }
    return String.join(", ", english);
  }

  private static String kind(ChangeKind kind, boolean en) {
    return KINDS.get(kind)[en ? 1 : 0];
  }

  /** {@code B25 information services} in English, {@code B25 信息服务业务} in Chinese. */
  static String service(String key, boolean en) {
    return ServiceCatalog.standard().find(key)
        .map(s -> en ? EnglishNames.label(s) : s.toString()).orElse(key);
  }

  private static String provision(ProvisionChange p, boolean en) {
    if (p.provisionId().isEmpty()) {
      return en ? "(not in the catalogue)" : "（目录中没有的条款）";
    }
    String id = p.provisionId().get();
    String title = ProvisionCatalog.standard().find(id).map(e -> e.title(en)).orElse("");
    return id + " (" + title + p.section().map(s -> ", " + s).orElse("") + ")";
  }

  private static String cite(Optional<String> citation, boolean en) {
    return citation.map(c -> en ? Citations.bilingual(c) : c).orElse("—");
  }

  /** The changes with {@value #CONTEXT} characters of context either side, long kept runs elided. */
  static String wordDiff(List<TextEdit> edits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < edits.size(); i++) {
      TextEdit e = edits.get(i);
      String t = e.text();
      switch (e.op()) {
        case REMOVED -> b.append("[-").append(t).append("-]");
        case INSERTED -> b.append("{+").append(t).append("+}");
        default -> {
          boolean first = i == 0;
          boolean last = i == edits.size() - 1;
          if (first && t.length() > CONTEXT) {
            b.append('…').append(t.substring(t.length() - CONTEXT));
          } else if (last && t.length() > CONTEXT) {
            b.append(t, 0, CONTEXT).append('…');
          } else if (!first && !last && t.length() > 2 * CONTEXT) {
            b.append(t, 0, CONTEXT).append(" … ").append(t.substring(t.length() - CONTEXT));
          } else {
            b.append(t);
          }
        }
      }
    }
    return b.toString();
  }
}
