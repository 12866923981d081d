package dev.telelicense.rules;

import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The phrase tables the licence is read with: every {@link Clause}'s key phrases and, for the
 * headings of item lists ({@code 你公司在经营信息服务业务时…}), {@code 经营} + the name of every coded
 * service of the standard catalogue. Built once from constants and the immutable standard catalogue;
 * immutable afterwards, so sharing it across threads is safe.
 */
final class Phrases {
  private static final PhraseScanner CLAUSES;
  /** [clause ordinal][phrase set]: the bits of the set's phrases. */
  private static final long[][] CLAUSE_SETS;
  /**
   * The heading phrases, bit {@code i} for {@code HEADED[i]}. A table of their own, read only in the
   * few provisions that have items: they all end in 业务, which every provision is full of.
   */
  private static final PhraseScanner HEADINGS;
  private static final TelecomService[] HEADED;

  static {
    List<String> phrases = new ArrayList<>();
    Clause[] clauses = Clause.values();
    CLAUSE_SETS = new long[clauses.length][];
    for (Clause c : clauses) {
      String[][] sets = c.phraseSets();
      CLAUSE_SETS[c.ordinal()] = new long[sets.length];
      for (int s = 0; s < sets.length; s++) {
        for (String p : sets[s]) {
          int bit = phrases.indexOf(p);
          if (bit < 0) {
            bit = phrases.size();
            phrases.add(p);
          }
          CLAUSE_SETS[c.ordinal()][s] |= 1L << bit;
        }
      }
    }
    CLAUSES = new PhraseScanner(phrases.toArray(new String[0]));
    List<String> headings = new ArrayList<>();
    List<TelecomService> headed = new ArrayList<>();
    // Only coded services: item names (交易处理业务) lie inside service names (在线数据处理与交易处理业务).
    for (TelecomService e : ServiceCatalog.standard().entries()) {
      if (e.code().isPresent() && !e.isItem()) {
        headed.add(e);
        headings.add("经营" + Clause.normalize(e.name()));
      }
    }
    HEADED = headed.toArray(new TelecomService[0]);
    HEADINGS = new PhraseScanner(headings.toArray(new String[0]));
  }

  private Phrases() {}

  /** The clause phrases found in {@code text}; {@code buffer} is scratch of at least its length. */
  static long scan(String text, char[] buffer) {
    return CLAUSES.scan(text, buffer);
  }

  /** {@link #scan(String, char[])} with a buffer of its own. */
  static long scan(String text) {
    return scan(text, new char[text.length()]);
  }

  /** The clauses stated by a text with these phrases: bit {@code ordinal} per clause. */
  static int clausesIn(long found) {
    if (found == 0) {
      return 0; // most items state no clause
    }
    int stated = 0;
    for (int c = 0; c < CLAUSE_SETS.length; c++) {
      for (long set : CLAUSE_SETS[c]) {
        if ((found & set) == set) {
          stated |= 1 << c;
          break;
        }
      }
    }
    return stated;
  }

  /**
   * The coded service a heading is about: the longest name found in {@code text}, the first in
   * catalogue order among equals ({@code 你公司在经营信息服务业务时…} gives B25). {@code buffer} is
   * scratch of at least the text's length.
   */
  @Nullable
  static TelecomService headingService(String text, char[] buffer) {
    long headings = HEADINGS.scan(text, buffer);
    TelecomService best = null;
    while (headings != 0) {
      int bit = Long.numberOfTrailingZeros(headings);
      headings &= headings - 1;
      TelecomService e = HEADED[bit];
      if (best == null || e.name().length() > best.name().length()) {
        best = e;
      }
    }
    return best;
  }
}
