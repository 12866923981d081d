package dev.telelicense.io.text;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.Places;
import dev.telelicense.model.Province;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 业务种类及覆盖范围, clause by clause, in every form licences and registers print it: services one after
 * another, each with its parentheses ({@code （仅限互联网信息服务）}) and, after {@code ：} or {@code :},
 * its coverage ({@code 互联网接入服务业务：北京市;天津市 互联网数据中心业务：北京市}), with spaces, 、 , ，
 * ; ； or nothing between them and 和 before the last. The scan takes the longest service or place
 * name at each position, so a name that holds 和 ({@code 信息保护和加工处理服务}) stays whole and a list is
 * split only where every part is a known name.
 *
 * <p>A place is never a grant: places go to the coverage of the service before them. A coverage whose
 * areas get different items ({@code 上海1直辖市含网站接入，北京…5省（直辖市）不含网站接入}) keeps every area
 * and the text as printed, with a warning: its 含 and 不含 bind only the areas they name. A fragment that
 * is neither a service nor a place is an error that quotes it.
 */
final class RegisterFormReader {
  private static final String[] KEYWORDS = {"不含", "仅限", "业务覆盖范围", "覆盖范围", "含"};
  /** What joins list items; 和 and 及 only where a name does not start with them (和田地区). */
  private static final String SEPARATORS = "、,，;；。和及";

  private final GrantClauseReader reader;
  private final ServiceCatalog catalog;
  private final Places places = Places.standard();
  private final DiagnosticSink sink;
  /** Where the current grant's coverage text starts, and whether it gives areas their own items. */
  private int areaFrom = -1;
  private int areaTo = -1;
  private boolean byArea;

  RegisterFormReader(GrantClauseReader reader, ServiceCatalog catalog, DiagnosticSink sink) {
    this.reader = reader;
    this.catalog = catalog;
    this.sink = sink;
  }

  /**
   * Reads one clause. {@code coverage} says whether it starts inside the current grant's coverage (the
   * text after {@code 业务覆盖范围：}).
   */
  void read(String s, int line, boolean coverage) {
    GrantDraft grant = reader.current();
    boolean inCoverage = coverage && grant != null;
    areaFrom = inCoverage ? 0 : -1;
    byArea = false;
    int i = 0;
    while (i < s.length() && !reader.full()) {
      char c = s.charAt(i);
      int place = placeEnd(s, i);
      int service = serviceEnd(s, i);
      if (place < 0 && service < 0 && (Cjk.isSpace(c) || SEPARATORS.indexOf(c) >= 0)) {
        i++;
      } else if (Cjk.isColon(c)) {
        inCoverage = grant != null;
        areaFrom = i + 1;
        i++;
      } else if (Cjk.isOpenParen(c)) {
        int close = Cjk.closingParen(s, i);
        int end = close < 0 ? s.length() : close;
        if (grant != null && !(inCoverage && isAreaKind(s.substring(i + 1, end)))) {
          reader.listClause(grant, s.substring(i + 1, end), line);
        }
        i = close < 0 ? s.length() : close + 1;
      } else if (inCoverage && keywordAt(s, i) != null && keywordAt(s, i).endsWith("含")) {
        byArea = true; // 上海1直辖市含网站接入: an item of the areas before it, not of the grant
        i = qualifierEnd(s, i);
        areaTo = i;
      } else if (grant != null && keywordAt(s, i) != null) {
        finishCoverage(grant, s, i, line);
        reader.listClause(grant, s.substring(i), line);
        return;
      } else if (place < 0 && service < 0 && keywordAt(s, i) != null) {
        int end = nameEnd(s, i); // 不含… with no service before: an unknown name, up to its clauses
        finishCoverage(grant, s, i, line);
        grant = reader.newGrant(Cjk.withoutFinalStop(s.substring(i, end)), line, null);
        inCoverage = false;
        i = end;
      } else if (categoryPrefixEnd(s, i) > 0) {
        i = categoryPrefixEnd(s, i);
      } else if (service > 0 && service >= place) {
        finishCoverage(grant, s, i, line);
        grant = reader.newGrant(Cjk.strip(s.substring(i, service)), line, catalog.find(s.substring(i, service))
            .orElseThrow());
        inCoverage = false;
        i = service;
      } else if (place > 0) {
        String name = Cjk.strip(s.substring(i, place));
        if (grant == null) {
          sink.report(DiagnosticCode.COVERAGE_WITHOUT_SERVICE, line, "grants", "place "
              + Texts.quote(name) + " before any service: a place is no grant");
        } else {
          grant.coverage.add(name);
          inCoverage = true;
          areaTo = place;
        }
        i = place;
      } else if (inCoverage && countEnd(s, i) > 0) {
        i = countEnd(s, i); // 5省: how many areas were named, not an area
        areaTo = i;
      } else {
        int end = unknownEnd(s, i, inCoverage);
        String fragment = Cjk.withoutFinalStop(s.substring(i, end));
        if (inCoverage && !headsCoverage(s, end)) {
          grant.coverage.add(fragment);
          areaTo = end;
          sink.report(DiagnosticCode.UNKNOWN_PLACE, line, "grants[" + reader.indexOf(grant) + "].coverage",
              "unknown place " + Texts.quote(fragment) + " in the coverage of grants[" + reader.indexOf(grant)
              + "]: no province, city, 自治州, 地区 or 盟");
        } else if (!fragment.isEmpty()) {
          finishCoverage(grant, s, i, line);
          grant = reader.newGrant(fragment, line, null);
          inCoverage = false;
        }
        i = Math.max(end, i + 1);
      }
    }
    finishCoverage(grant, s, s.length(), line);
  }

  /** Whether a colon follows {@code at}: what stands before it is a service, known or not. */
  private static boolean headsCoverage(String s, int at) {
    int j = at;
    while (j < s.length() && Cjk.isSpace(s.charAt(j))) {
      j++;
    }
    return j < s.length() && Cjk.isColon(s.charAt(j));
  }

  /** Ends the coverage of {@code grant} before {@code at}: keeps its text if areas got items. */
  private void finishCoverage(@Nullable GrantDraft grant, String s, int at, int line) {
    if (grant != null && byArea && areaFrom >= 0) {
      String text = Cjk.withoutFinalStop(s.substring(areaFrom, Math.max(areaFrom, Math.min(at, areaTo))));
      grant.coverageByArea = text;
      sink.report(DiagnosticCode.COVERAGE_BY_AREA, line, "grants[" + reader.indexOf(grant) + "].coverage",
          "coverage " + Texts.quote(text) + " gives areas their own items: kept as printed, and its 含/不含"
          + " are not applied to the whole grant");
    }
    byArea = false;
    areaFrom = -1;
  }

  private int serviceEnd(String s, int i) {
    int end = NameTrie.SERVICES.longestAt(s, i, s.length());
    while (end > i && catalog.find(s.substring(i, end)).filter(e -> e.parentCode().isPresent()).isEmpty()) {
      end = NameTrie.SERVICES.longestAt(s, i, end - 1);
    }
    return end > i ? end : -1;
  }

  private int placeEnd(String s, int i) {
    int end = NameTrie.PLACES.longestAt(s, i, s.length());
    while (end > i && !isPlace(s.substring(i, end))) {
      end = NameTrie.PLACES.longestAt(s, i, end - 1);
    }
    return end > i ? end : -1;
  }

  private boolean isPlace(String name) {
    return name.strip().equals(Province.NATIONWIDE) || places.named(name.strip()).isPresent();
  }

  @Nullable
  private static String keywordAt(String s, int i) {
    for (String k : KEYWORDS) {
      if (s.startsWith(k, i)) {
        return k;
      }
    }
    return null;
  }

  /** Where a name that is no catalogue name ends: at a parenthesis or at a later clause keyword. */
  private static int nameEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (Cjk.isOpenParen(s.charAt(i)) || (i > from && (s.startsWith("不含", i) || s.startsWith("仅限", i)
          || s.startsWith("业务覆盖范围", i)))) {
        return i;
      }
    }
    return s.length();
  }

  /**
   * A qualifier 含… or 不含… of the areas before it runs to the next comma, semicolon or space, or to
   * the next service, which may follow with nothing between.
   */
  private int qualifierEnd(String s, int i) {
    int j = i + 1;
    while (j < s.length() && "，,；;。".indexOf(s.charAt(j)) < 0 && !Cjk.isSpace(s.charAt(j))
        && serviceEnd(s, j) < 0) {
      j++;
    }
    return j;
  }

  /** {@code 第二类增值电信业务中的}: the category is implied by the service after it. */
  private int categoryPrefixEnd(String s, int i) {
    if (s.charAt(i) != '第') {
      return -1;
    }
    int of = s.indexOf("中的", i);
    if (of < 0 || of - i > 16) {
      return -1;
    }
    Optional<TelecomService> category = catalog.find(s.substring(i, of));
    return category.filter(e -> e.parentCode().isEmpty()).isPresent() ? of + 2 : -1;
  }

  /** {@code 5省}, {@code 16个省（自治区、直辖市）}, {@code 1直辖市}: a count of the areas named before. */
  private static int countEnd(String s, int i) {
    int j = i;
    while (j < s.length() && Cjk.digit(s.charAt(j)) >= 0) {
      j++;
    }
    if (j == i) {
      return -1;
    }
    if (j < s.length() && s.charAt(j) == '个') {
      j++;
    }
    for (String kind : new String[] {"直辖市", "自治区", "省", "市", "地区"}) {
      if (s.startsWith(kind, j)) {
        return j + kind.length();
      }
    }
    return -1;
  }

  /** Whether a parenthesis in a coverage only names kinds of area: {@code （直辖市）}, {@code （自治区、直辖市）}. */
  private static boolean isAreaKind(String inner) {
    String rest = inner.replace("直辖市", "").replace("自治区", "").replace("省", "").replace("市", "");
    return !inner.isBlank() && rest.chars().allMatch(c -> "、，,".indexOf(c) >= 0 || Cjk.isSpace((char) c));
  }

  /**
   * Where an unknown fragment ends: at a colon, a parenthesis or a keyword, at a separator (in a
   * coverage) or at a separator before a known service (elsewhere: an unknown name may hold 、).
   */
  private int unknownEnd(String s, int i, boolean inCoverage) {
    for (int j = i + 1; j < s.length(); j++) {
      char c = s.charAt(j);
      if (Cjk.isColon(c) || Cjk.isOpenParen(c) || s.startsWith("不含", j) || s.startsWith("仅限", j)
          || s.startsWith("业务覆盖范围", j)) {
        return j;
      }
      boolean separator = Cjk.isSpace(c) || SEPARATORS.indexOf(c) >= 0;
      if (separator && (inCoverage || serviceEnd(s, skipSeparators(s, j)) > 0)) {
        return j;
      }
    }
    return s.length();
  }

  private static int skipSeparators(String s, int i) {
    int j = i;
    while (j < s.length() && (Cjk.isSpace(s.charAt(j)) || SEPARATORS.indexOf(s.charAt(j)) >= 0)) {
      j++;
    }
    return j;
  }
}
