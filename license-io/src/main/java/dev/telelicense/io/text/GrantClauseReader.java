package dev.telelicense.io.text;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 业务种类（服务项目）及覆盖范围 — reads the grants from the main page's service block. The block may be
 * interleaved with its own label ({@code 业务种类 / (服务项目) / 信息服务业务… / 及覆盖范围：不含…}) and
 * carries notes ({@code 【依法须经批准的项目…】}) that are no values. Each grant is a service name with
 * clauses: {@code 仅限…}, {@code 不含…}, {@code 含…} (also inside the name's parentheses) and
 * {@code 业务覆盖范围：…}.
 */
final class GrantClauseReader {
  private static final String EXCLUDING = "不含";
  private static final String LIMITED_TO = "仅限";
  private static final String INCLUDING = "含";
  private static final String COVERAGE = "业务覆盖范围";
  private static final String COVERAGE_SHORT = "覆盖范围";
  /** Real licences grant a handful of services; past this the text is not a licence's service block. */
  static final int MAX_GRANTS = 64;

  private final ServiceCatalog catalog;
  private final ServiceListSplitter lists;
  private final DiagnosticSink sink;
  private final List<GrantDraft> grants = new ArrayList<>();
  private boolean inNote;
  private boolean tooMany;

  GrantClauseReader(ServiceCatalog catalog, DiagnosticSink sink) {
    this.catalog = catalog;
    this.lists = new ServiceListSplitter(catalog);
    this.sink = sink;
  }

  /**
   * Reads the service block, the main page's lines from the 业务种类 label up to the next field, as
   * {@link TextParts} cut it. Page headers inside it are gone, so a page break does not cut it short.
   */
  List<GrantDraft> read(Part block) {
    List<SourceLine> fragments = new ArrayList<>();
    for (SourceLine line : block.lines()) {
      String text = withoutNotes(withoutLabel(line.text()));
      if (!text.isEmpty()) {
        fragments.add(new SourceLine(line.number(), text));
      }
    }
    for (SourceLine clause : clauses(fragments)) {
      clause(clause.text(), clause.number());
    }
    return grants;
  }

  /** Whether {@code line} ends the block: the next field of the main page (发证机关, 发证日期, 有效期…). */
  static boolean endsBlock(String line) {
    return line.startsWith(Labels.ISSUER) || line.startsWith(Labels.ISSUED_ON)
        || line.startsWith(Labels.VALIDITY) || line.startsWith(Labels.LICENSEE)
        || line.startsWith(Labels.LEGAL_REPRESENTATIVE);
  }

  /** The line without the label parts at its start; by index, as a line may repeat them at length. */
  private static String withoutLabel(String line) {
    int i = skipPunctuation(line, 0);
    boolean stripped = true;
    while (stripped && i < line.length()) {
      stripped = false;
      for (String part : Labels.SERVICE_LABEL_PARTS) {
        if (line.startsWith(part, i)) {
          i = skipPunctuation(line, i + part.length());
          stripped = true;
        }
      }
    }
    return Cjk.strip(line.substring(i));
  }

  /** Drops 【…】 notes, which may run over a line end. */
  private String withoutNotes(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '【') {
        inNote = true;
      } else if (c == '】' && inNote) {
        inNote = false;
      } else if (!inNote) {
        b.append(c);
      }
    }
    return Cjk.strip(b.toString());
  }

  /**
   * Joins the fragments into clauses. A line end ends a clause unless the text before it asks for more
   * (a list running on after {@code 、}); {@code 。} and {@code ；} end clauses within a line.
   */
  private static List<SourceLine> clauses(List<SourceLine> fragments) {
    List<SourceLine> clauses = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int line = 0;
    for (SourceLine f : fragments) {
      String text = f.text();
      boolean runsOn = current.length() > 0 && "、和及，,".indexOf(current.charAt(current.length() - 1)) >= 0;
      if (!runsOn) {
        flush(clauses, current, line);
        line = f.number();
      }
      int depth = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        depth += Cjk.isOpenParen(c) ? 1 : Cjk.isCloseParen(c) && depth > 0 ? -1 : 0;
        current.append(c);
        if (depth == 0 && (c == '。' || c == '；' || c == ';')) {
          flush(clauses, current, line);
          line = f.number();
        }
      }
    }
    flush(clauses, current, line);
    return clauses;
  }

  private static void flush(List<SourceLine> clauses, StringBuilder current, int line) {
    String s = Cjk.strip(current.toString());
    if (!s.isEmpty()) {
      clauses.add(new SourceLine(line, s));
    }
    current.setLength(0);
  }

  /** One clause: a list or coverage for the current grant, or grants in any printed form. */
  private void clause(String text, int line) {
    String s = withoutLeadingPunctuation(text);
    if (s.isEmpty() || tooMany) {
      return; // past the limit nothing can be told apart from the grant it would be pinned on
    }
    GrantDraft current = current();
    if (current != null && listClause(current, s, line)) {
      return;
    }
    new RegisterFormReader(this, catalog, sink).read(s, line, false);
  }

  /** The grant being read: the last one begun. */
  @Nullable
  GrantDraft current() {
    return grants.isEmpty() ? null : grants.get(grants.size() - 1);
  }

  /** Whether no more grants are read ({@link #MAX_GRANTS}). */
  boolean full() {
    return tooMany;
  }

  /** The index of {@code grant} among the grants read, for diagnostics' field paths. */
  int indexOf(GrantDraft grant) {
    return grants.indexOf(grant);
  }

  /**
   * Applies a 仅限/不含/含/业务覆盖范围 clause (as printed after a grant, or inside its parentheses);
   * false when {@code s} is none of them.
   */
  boolean listClause(GrantDraft grant, String text, int line) {
    String s = withoutLeadingPunctuation(text);
    if (s.startsWith(EXCLUDING)) {
      grant.excluding.addAll(lists.split(s.substring(EXCLUDING.length())));
    } else if (s.startsWith(LIMITED_TO)) {
      grant.limitedTo.addAll(lists.split(s.substring(LIMITED_TO.length())));
    } else if (s.startsWith(INCLUDING)) {
      grant.including.addAll(lists.split(s.substring(INCLUDING.length())));
    } else if (s.startsWith(COVERAGE) || s.startsWith(COVERAGE_SHORT)) {
      int label = s.startsWith(COVERAGE) ? COVERAGE.length() : COVERAGE_SHORT.length();
      String coverage = Cjk.withoutFinalStop(Labels.afterColon(s, label));
      if (!coverage.isEmpty()) {
        new RegisterFormReader(this, catalog, sink).read(coverage, line, true);
      }
    } else {
      return false;
    }
    return true;
  }

  /**
   * A new grant of {@code service} (or, when null, of the catalogue entry {@code name} names), or null
   * past {@link #MAX_GRANTS}. A name the catalogue does not know is an error that quotes it: no rule
   * can judge a grant nobody understood.
   */
  @Nullable
  GrantDraft newGrant(String name, int line, @Nullable TelecomService known) {
    if (grants.size() >= MAX_GRANTS) {
      if (!tooMany) {
        tooMany = true;
        sink.report(DiagnosticCode.TOO_MANY_GRANTS, line, "grants", "more than " + MAX_GRANTS
            + " granted services (业务种类): the rest, from " + Texts.quote(name) + " on, are not read");
      }
      return null;
    }
    TelecomService service = known != null ? known : catalog.find(name).orElse(null);
    if (service == null) {
      sink.report(DiagnosticCode.UNKNOWN_SERVICE, line, "grants[" + grants.size() + "].service",
          "unknown service " + Texts.quote(name) + " in grants[" + grants.size() + "]: not in the 电信业务分类目录");
    }
    GrantDraft grant = new GrantDraft(name, line, service);
    grants.add(grant);
    return grant;
  }

  private static int skipPunctuation(String s, int i) {
    int j = i;
    while (j < s.length() && (Cjk.isSpace(s.charAt(j)) || "：:，,、。；;".indexOf(s.charAt(j)) >= 0)) {
      j++;
    }
    return j;
  }

  private static String withoutLeadingPunctuation(String s) {
    return Cjk.strip(s.substring(skipPunctuation(s, 0)));
  }
}
