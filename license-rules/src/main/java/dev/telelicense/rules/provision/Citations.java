package dev.telelicense.rules.provision;

import java.util.Optional;

/**
 * Citations of provisions in Arabic numerals, for readers without Chinese: {@code 十五（七）} is
 * {@code 15(7)}, {@code 十二} is {@code 12}.
 */
public final class Citations {
  private static final String DIGITS = "零一二三四五六七八九";

  private Citations() {}

  /**
   * The Arabic form of a citation.
   *
   * @param citation a provision's label ({@code 十二}) or a provision and item ({@code 十五（七）},
   *     {@code 十五(七)}), numbers up to 99
   * @return {@code 12}, {@code 15(7)}; empty when the citation is not of that form
   */
  public static Optional<String> arabic(String citation) {
    String c = citation.strip().replace('（', '(').replace('）', ')').replace(" ", "");
    int open = c.indexOf('(');
    if (open < 0) {
      return number(c).map(String::valueOf);
    }
    if (!c.endsWith(")") || open == 0) {
      return Optional.empty();
    }
    Optional<Integer> provision = number(c.substring(0, open));
    Optional<Integer> item = number(c.substring(open + 1, c.length() - 1));
    if (provision.isEmpty() || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(provision.get() + "(" + item.get() + ")");
  }

  /**
   * A citation as written by hand in the form the licence prints it: {@code 十五(三)} and
   * {@code 十五 （三）} cite the same item as {@code 十五（三）}.
   *
   * @param citation a citation as written
   * @return without spaces, with full-width parentheses
   */
  public static String normalize(String citation) {
    StringBuilder b = new StringBuilder(citation.length());
    for (int i = 0; i < citation.length(); i++) {
      char c = citation.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        continue;
      }
      b.append(c == '(' ? '（' : c == ')' ? '）' : c);
    }
    return b.toString();
  }

  /**
   * The citation followed by its Arabic form, as the English report prints it.
   *
   * @param citation a citation such as {@code 十五（七）}
   * @return {@code 十五（七） 15(7)}, or the citation alone when it has no Arabic form
   */
  public static String bilingual(String citation) {
    return arabic(citation).map(a -> citation + " " + a).orElse(citation);
  }

  /** 一 … 九十九 as a number; empty for anything else. */
  static Optional<Integer> number(String chinese) {
    if (chinese.isEmpty() || chinese.length() > 3) {
      return Optional.empty();
    }
    int ten = chinese.indexOf('十');
    if (ten < 0) {
      return chinese.length() == 1 ? digit(chinese.charAt(0)) : Optional.empty();
    }
    if (chinese.indexOf('十', ten + 1) >= 0) {
      return Optional.empty();
    }
    int tens = 1;
    if (ten == 1) {
      Optional<Integer> t = digit(chinese.charAt(0));
      if (t.isEmpty() || t.get() < 2) {
        return Optional.empty();
      }
      tens = t.get();
    } else if (ten != 0) {
      return Optional.empty();
    }
    int units = 0;
    if (ten + 1 < chinese.length()) {
      if (ten + 2 != chinese.length()) {
        return Optional.empty();
      }
      Optional<Integer> u = digit(chinese.charAt(ten + 1));
      if (u.isEmpty() || u.get() == 0) {
        return Optional.empty();
      }
      units = u.get();
    }
    return Optional.of(tens * 10 + units);
  }

  private static Optional<Integer> digit(char c) {
    int d = DIGITS.indexOf(c);
    return d <= 0 ? Optional.empty() : Optional.of(d);
  }
}
