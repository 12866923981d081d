package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.IDN;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DomainNames#isValid} skips {@link IDN#toASCII} for ASCII names and walks labels in place;
 * these tests hold it to the original implementation (kept below as {@link #reference}) answer for
 * answer, on chosen names (IDN ones included) and on many random ones.
 */
class DomainNamesTest {

  /** The implementation before the fast path, verbatim. */
  private static boolean reference(String name) {
    String ascii;
    try {
      ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (ascii.isEmpty() || ascii.length() > 253 || ascii.endsWith(".")) {
      return false;
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) {
          return false;
        }
      }
    }
    return Character.isLetter(labels[labels.length - 1].charAt(0));
  }

  @Test
  void chosenNamesAnswerAsBefore() {
    String label63 = "a".repeat(63);
    List<String> names = List.of(
        "example.com", "www.example.com", "EXAMPLE.COM", "a-b.c-d.cn", "x.y", "1.cn", "a.1cn", "a.cn1",
        "", ".", "..", "a.", ".a", "a..b", "a", "com", "-a.com", "a-.com", "a.-com", "a.com-",
        "a_b.com", "a b.com", "a.com/", "a.com:80", "xn--fiqs8s.cn", "xn--.cn", "a.xn--fiqs8s",
        label63 + ".com", label63 + "a.com", "a." + label63, ("a".repeat(61) + ".").repeat(4) + "cn",
        ("a".repeat(61) + ".").repeat(4) + "com", "a\u0000.com", "a\t.com", "a.com\n",
        "中国.cn", "例子.中国", "www.例子.中国", "例子。中国", "例子．中国", "例子｡中国", "Ａ.com", "a.ｃｏｍ",
        "ﬀ.com", "a\u00ad.com", "\u00ad.com", "ß.de", "a.ß", "ά.gr", "a.com。", "a。com", "😀.com",
        "a\ud800.com", "\u0661.com", "a.\u0661", "a\u200b.com", "\u3002", "a\u3002\u3002b");
    for (String n : names) {
      assertEquals(reference(n), DomainNames.isValid(n), () -> "for '" + n + "'");
    }
  }

  @Test
  void randomAsciiNamesAnswerAsBefore() {
    Random random = new Random(20261122);
    String alphabet = "abcxyzABZ0189-._ /:\t\u007f";
    for (int round = 0; round < 200_000; round++) {
      int length = random.nextInt(round % 50 == 0 ? 300 : 20);
      StringBuilder b = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        b.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x80)
            : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String n = b.toString();
      assertEquals(reference(n), DomainNames.isValid(n), () -> "for '" + n + "'");
    }
  }

  @Test
  void randomNamesWithNonAsciiAnswerAsBefore() {
    Random random = new Random(7);
    String alphabet = "ab0-.中国例．。｡Ａß\u00ad";
    for (int round = 0; round < 20_000; round++) {
      int length = random.nextInt(16);
      StringBuilder b = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String n = b.toString();
      assertEquals(reference(n), DomainNames.isValid(n), () -> "for '" + n + "'");
    }
  }
}
