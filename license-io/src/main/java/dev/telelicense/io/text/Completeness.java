package dev.telelicense.io.text;

import dev.telelicense.model.Gap;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 完整性 — what a licence text read should hold and does not: the special provisions (特别规定事项),
 * the numbers every licence carries, a granted service's own provision, the end of the last provision,
 * the appendix of an internet information service grant. A pure function of the licence as read (and
 * of whether the text ends in a page header), so that it needs nothing of the reader's insides.
 *
 * <p>The provision reader takes a provision only in sequence: when a page is lost (一…六, then 九、),
 * everything after the gap runs on into the last provision read. So a skip shows as a paragraph of the
 * last provision, or of its last item, that begins with a later number.
 */
final class Completeness {
  /**
   * 一 to 十四: the provisions every value-added licence carries in all templates seen (the four sample
   * licences of 2020–2025, provincial and ICP); service provisions follow them.
   */
  static final int CARRIED = 14;

  /**
   * The services whose templates, as seen, print a provision of their own with lettered items, and a
   * phrase of its heading (你公司在经营…时应当遵守下列规定). Of the others (the B1 services, B22–B24, B26)
   * no template has been seen, so nothing is claimed about them.
   */
  private static final Map<String, String> SERVICE_HEADINGS = Map.of(
      "B21", "在线数据处理与交易处理业务",
      "B25", "信息服务业务");

  /** The limit that makes a B25 grant an internet information service (ICP) grant, with an appendix. */
  static final String INTERNET_INFORMATION = "互联网信息服务";

  /** How a provision's number runs into its first words, in every template seen. */
  private static final String RUN_ON = "、你公司";

  private Completeness() {}

  /**
   * The gaps of {@code license}, errors first.
   *
   * @param license the licence as read
   * @param endsInPageHeader whether the text's last line with text is a page header (the next page lost)
   * @return the gaps, empty when nothing is known to be missing
   */
  static List<Gap> of(License license, boolean endsInPageHeader) {
    List<Gap> gaps = new ArrayList<>();
    List<Provision> provisions = license.provisions();
    if (provisions.isEmpty()) {
      gaps.add(Gap.of(Gap.Kind.PROVISIONS_MISSING, ""));
    } else {
      numbering(provisions, gaps);
      cutOff(provisions.get(provisions.size() - 1), endsInPageHeader, gaps);
      for (Grant g : license.grants()) {
        serviceProvision(g, provisions, gaps);
      }
    }
    for (Grant g : license.grants()) {
      if (isInternetInformation(g) && g.websites().isEmpty()) {
        gaps.add(Gap.of(Gap.Kind.APPENDIX_MISSING, g.name()));
      }
    }
    return gaps;
  }

  /**
   * What a diagnostic says of {@code gap}: what is missing, and what that means.
   *
   * @param gap a gap found by {@link #of}
   * @return one line
   */
  static String describe(Gap gap) {
    String d = gap.detail();
    return switch (gap.kind()) {
      case PROVISIONS_MISSING -> "no special provisions (特别规定事项) found: the licence text is incomplete";
      case NUMBERING_SKIPS ->
          "the special provisions skip " + d + " (not found): a page of the licence text is missing";
      case NUMBERING_STOPS -> "the special provisions stop early: " + d + ", which every licence carries, not found:"
          + " the licence text is incomplete";
      case SERVICE_PROVISION_MISSING -> "no provision of its own for the granted " + d
          + " (the templates print one with lettered items): its items cannot be checked";
      case TEXT_CUT_OFF -> "the text of " + d + " is cut off (no closing 。, or the text ends in a page header):"
          + " later pages may be missing";
      default -> "no appendix (附页) of websites for the granted " + d;
    };
  }

  /** A B25 grant limited to (among others) 互联网信息服务: its websites are listed in the appendix. */
  static boolean isInternetInformation(Grant grant) {
    if (!"B25".equals(code(grant))) {
      return false;
    }
    for (String limit : grant.limitedTo()) {
      if (limit.contains(INTERNET_INFORMATION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A skip in the last provision (or its items), numbering that stops before {@link #CARRIED}, or a skip
   * in the last provision's items.
   */
  private static void numbering(List<Provision> provisions, List<Gap> gaps) {
    Provision last = provisions.get(provisions.size() - 1);
    int next = last.number() + 1;
    int first = Integer.MAX_VALUE;
    int highest = last.number();
    List<String> texts = new ArrayList<>();
    texts.add(last.text());
    last.items().forEach(i -> texts.add(i.text()));
    for (String text : texts) {
      for (int n : laterProvisions(text, next)) {
        first = Math.min(first, n);
        highest = Math.max(highest, n);
      }
    }
    if (first != Integer.MAX_VALUE) {
      gaps.add(Gap.of(Gap.Kind.NUMBERING_SKIPS, range(next, first - 1, "")));
    }
    if (highest < CARRIED) {
      gaps.add(Gap.of(Gap.Kind.NUMBERING_STOPS, range(highest + 1, CARRIED, "")));
    }
    if (!gaps.isEmpty()) {
      return;
    }
    int nextItem = last.items().size() + 1;
    String text = last.items().isEmpty() ? last.text() : last.items().get(last.items().size() - 1).text();
    int skippedItem = laterItem(text, nextItem);
    if (skippedItem > 0) {
      gaps.add(Gap.of(Gap.Kind.NUMBERING_SKIPS, last.label() + range(nextItem, skippedItem - 1, "（")));
    }
  }

  /**
   * The provision numbers above {@code next} that {@code text} holds where a provision starts: at the
   * start of a paragraph ({@code 九、}), or run on after a page cut mid-sentence before a provision's
   * first words ({@code …有关标十、你公司}), which every provision of the templates begins with.
   */
  private static List<Integer> laterProvisions(String text, int next) {
    List<Integer> found = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      for (int n = next + 1; n < 100; n++) {
        if (ChineseNumerals.matchesAt(paragraph, 0, n)
            && paragraph.startsWith("、", ChineseNumerals.of(n).length())) {
          found.add(n);
        }
      }
      for (int at = paragraph.indexOf(RUN_ON); at > 0; at = paragraph.indexOf(RUN_ON, at + 1)) {
        for (int n = next + 1; n < 100; n++) {
          int from = at - ChineseNumerals.of(n).length();
          if (from > 0 && !ChineseNumerals.isNumeralChar(paragraph.charAt(from - 1))
              && ChineseNumerals.matchesAt(paragraph, from, n)) {
            found.add(n);
          }
        }
      }
    }
    return found;
  }

  /** The number of the first paragraph that starts {@code （n）} with n > {@code next}, or -1. */
  private static int laterItem(String text, int next) {
    for (String paragraph : text.split("\n", -1)) {
      if (paragraph.isEmpty() || !Cjk.isOpenParen(paragraph.charAt(0))) {
        continue;
      }
      int from = 1;
      while (from < paragraph.length() && Cjk.isSpace(paragraph.charAt(from))) {
        from++;
      }
      for (int n = next + 1; n < 100; n++) {
        int end = from + ChineseNumerals.of(n).length();
        if (ChineseNumerals.matchesAt(paragraph, from, n)) {
          while (end < paragraph.length() && Cjk.isSpace(paragraph.charAt(end))) {
            end++;
          }
          if (end < paragraph.length() && Cjk.isCloseParen(paragraph.charAt(end))) {
            return n;
          }
        }
      }
    }
    return -1;
  }

  /** {@code 十至十四}, {@code 七}; items as {@code （七）至（八）}. */
  private static String range(int from, int to, String open) {
    String close = open.isEmpty() ? "" : "）";
    String first = open + ChineseNumerals.of(from) + close;
    return from >= to ? first : first + "至" + open + ChineseNumerals.of(to) + close;
  }

  /**
   * The last provision's last words: its last item's when it has items. A provision that announces
   * items (ends in {@code ：}) and has none is cut off too.
   */
  private static void cutOff(Provision last, boolean endsInPageHeader, List<Gap> gaps) {
    Provision end = last.items().isEmpty() ? last : last.items().get(last.items().size() - 1);
    String citation = end == last ? last.label() : last.label() + end.label();
    if (endsInPageHeader || !closes(end.text())) {
      gaps.add(Gap.of(Gap.Kind.TEXT_CUT_OFF, citation));
    }
  }

  /** Whether {@code text} ends a sentence: 。！？ (or their half-width forms), after closing quotes. */
  private static boolean closes(String text) {
    int i = text.length() - 1;
    while (i >= 0 && (Cjk.isSpace(text.charAt(i)) || "”’」』）)》".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && "。！？.!?．".indexOf(text.charAt(i)) >= 0;
  }

  private static void serviceProvision(Grant grant, List<Provision> provisions, List<Gap> gaps) {
    String code = code(grant);
    String heading = code == null ? null : SERVICE_HEADINGS.get(code);
    if (heading == null) {
      return;
    }
    // Searched in items too: after a lost page, the heading runs on into the last item read.
    String phrase = "在经营" + heading + "时";
    for (Provision p : provisions) {
      if (p.items().isEmpty()) {
        continue;
      }
      if (p.text().contains(phrase)) {
        return;
      }
      for (Provision item : p.items()) {
        if (item.text().contains(phrase)) {
          return;
        }
      }
    }
    gaps.add(Gap.of(Gap.Kind.SERVICE_PROVISION_MISSING, grant.name()));
  }

  /** The catalogue code of the granted service (of the service an item belongs to), or null. */
  private static String code(Grant grant) {
    return grant.service().flatMap(TelecomService::code).orElse(null);
  }
}
