package dev.telelicense.io.text;

import dev.telelicense.model.ImmutableProvision;
import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 特别规定事项 — reads the special provisions: {@code 一、…} become provisions 1…n and {@code （一）} /
 * {@code (一)} their items, both only in sequence, so a stray {@code 三、} inside a sentence starts
 * nothing. The preamble ({@code 《特别规定事项》是…}) before {@code 一、} is not a provision. A line that
 * does not end a sentence runs on into the next one (a hard wrap or a page break, headers removed),
 * joined without a space; an unnumbered paragraph belongs to the provision or item before it.
 */
final class ProvisionReader {
  private static final String APPLIES_TO = "适用于";

  /**
   * A provision or item while its paragraphs are being read: its text so far, paragraphs joined by a
   * line break. Every piece is stripped and only the first paragraph can be empty, so the text is the
   * same as stripping each paragraph and joining the non-empty ones.
   */
  private static final class Unit {
    final int number;
    final StringBuilder text = new StringBuilder();
    /** Where the last paragraph starts in {@link #text}. */
    int lastParagraph;
    final List<Unit> items = new ArrayList<>();

    /** Starts with {@code line} from {@code from} on, stripped. */
    Unit(int number, String line, int from) {
      this.number = number;
      text.append(Cjk.strip(line.substring(from)));
    }

    /** A line of running text: continues the last paragraph unless that ends a sentence. */
    void add(String line) {
      String piece = Cjk.strip(line);
      int length = text.length();
      if (length > lastParagraph && Cjk.isSentenceEnd(text.charAt(length - 1))) {
        text.append('\n');
        lastParagraph = length + 1;
      }
      text.append(piece);
    }
  }

  private final List<Unit> provisions = new ArrayList<>();
  private Unit provision;
  private Unit item;

  private ProvisionReader() {}

  /** The provisions, as {@link TextParts} cut them: from the title or {@code 一、} to the end. */
  static List<Provision> read(Part provisions) {
    ProvisionReader reader = new ProvisionReader();
    for (SourceLine line : provisions.lines()) {
      reader.line(line.text());
    }
    List<Provision> result = new ArrayList<>();
    for (Unit u : reader.provisions) {
      result.add(reader.toProvision(u));
    }
    return result;
  }

  private void line(String text) {
    int next = provisions.size() + 1;
    if (ChineseNumerals.matchesAt(text, 0, next) && text.startsWith("、", ChineseNumerals.of(next).length())) {
      provision = new Unit(next, text, ChineseNumerals.of(next).length() + 1);
      provisions.add(provision);
      item = null;
      return;
    }
    if (provision == null) {
      return; // the preamble
    }
    int afterMarker = itemMarkerEnd(text, provision.items.size() + 1);
    if (afterMarker >= 0) {
      item = new Unit(provision.items.size() + 1, text, afterMarker);
      provision.items.add(item);
      return;
    }
    (item != null ? item : provision).add(text);
  }

  /** The index after {@code （n）} / {@code (n)} and its spaces at the line start, or -1. */
  private static int itemMarkerEnd(String text, int n) {
    if (text.isEmpty() || !Cjk.isOpenParen(text.charAt(0))) {
      return -1;
    }
    int i = skipSpaces(text, 1);
    if (!ChineseNumerals.matchesAt(text, i, n)) {
      return -1;
    }
    i = skipSpaces(text, i + ChineseNumerals.of(n).length());
    if (i >= text.length() || !Cjk.isCloseParen(text.charAt(i))) {
      return -1;
    }
    return skipSpaces(text, i + 1);
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && Cjk.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private Provision toProvision(Unit u) {
    ImmutableProvision.Builder b = Provision.builder().number(u.number).label(ChineseNumerals.of(u.number))
        .text(text(u));
    for (Unit i : u.items) {
      b.addItem(toItem(i));
    }
    return b.build();
  }

  /** An item; a leading {@code （适用于X）} becomes its scope, as printed, and leaves the text. */
  private static Provision toItem(Unit u) {
    String text = text(u);
    String appliesTo = null;
    if (!text.isEmpty() && Cjk.isOpenParen(text.charAt(0)) && text.startsWith(APPLIES_TO, 1)) {
      int close = Cjk.closingParen(text, 0);
      if (close > 0) {
        appliesTo = Cjk.strip(text.substring(1 + APPLIES_TO.length(), close));
        text = Cjk.strip(text.substring(close + 1));
      }
    }
    return Provision.builder().number(u.number).label("（" + ChineseNumerals.of(u.number) + "）")
        .text(text).appliesTo(Optional.ofNullable(appliesTo)).build();
  }

  private static String text(Unit u) {
    return u.text.toString();
  }
}
