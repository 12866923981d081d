package dev.telelicense.ical;

/**
 * Folds content lines at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character. ical4j folds
 * at 75 characters whatever it is told, and a line of Chinese is then up to 225 octets long, which
 * strict readers refuse.
 */
final class OctetFolding {
  static final int MAX_OCTETS = 75;

  private OctetFolding() {}

  /** {@code ics}, a text of CRLF-ended lines, unfolded and folded again by octets. */
  static String refold(String ics) {
    // Unfolding removes each CRLF followed by one space or tab (§3.1); content never holds a raw CRLF.
    return fold(ics.replace("\r\n ", "").replace("\r\n\t", ""));
  }

  /** {@code ics}, a text of CRLF-ended unfolded lines, with every long line folded. */
  static String fold(String ics) {
    StringBuilder out = new StringBuilder(ics.length() + ics.length() / 16);
    int start = 0;
    while (start < ics.length()) {
      int end = ics.indexOf("\r\n", start);
      if (end < 0) {
        end = ics.length();
      }
      foldLine(ics, start, end, out);
      out.append("\r\n");
      start = end + 2;
    }
    return out.toString();
  }

  private static void foldLine(String s, int start, int end, StringBuilder out) {
    // The first line holds 75 octets; each continuation line begins with a space, so 74 more.
    int room = MAX_OCTETS;
    int i = start;
    while (i < end) {
      int cp = s.codePointAt(i);
      int octets = utf8Length(cp);
      if (octets > room) {
        out.append("\r\n ");
        room = MAX_OCTETS - 1;
      }
      out.appendCodePoint(cp);
      room -= octets;
      i += Character.charCount(cp);
    }
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
