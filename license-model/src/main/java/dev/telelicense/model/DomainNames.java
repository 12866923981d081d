package dev.telelicense.model;

import java.net.IDN;
import java.util.Locale;

/** Domain-name checks shared by the model and the rules. */
public final class DomainNames {
  private DomainNames() {}

  /**
   * Whether {@code name} is a valid host name of two labels or more: letters, digits and hyphens
   * (internationalised names are checked in their ASCII form), no empty label, at most 253 characters.
   *
   * @param name a host name as printed, without scheme or path
   * @return true when it is a valid host name
   */
  public static boolean isValid(String name) {
    // IDN.toASCII leaves an all-ASCII name as it is or throws, and it throws only for an empty or
    // over-long label, which the checks below refuse too. So an ASCII name (nearly every name in a
    // licence) skips it: the answer is the same and no conversion is paid for. DomainNamesTest pins
    // this against the IDN path.
    String ascii;
    if (isAscii(name)) {
      ascii = name;
    } else {
      try {
        ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return isValidAscii(ascii);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The checks on the ASCII form ({@code ascii} is what {@link IDN#toASCII} gives): labels are walked
   * in place rather than split into strings, as this runs for every domain of every document read.
   */
  private static boolean isValidAscii(String ascii) {
    int length = ascii.length();
    if (length == 0 || length > 253 || ascii.charAt(length - 1) == '.') {
      return false;
    }
    int labels = 0;
    int start = 0;
    int lastStart = 0;
    for (int i = 0; i <= length; i++) {
      if (i == length || ascii.charAt(i) == '.') {
        if (!isValidLabel(ascii, start, i)) {
          return false;
        }
        labels++;
        lastStart = start;
        start = i + 1;
      }
    }
    return labels >= 2 && Character.isLetter(ascii.charAt(lastStart));
  }

  /**
   * Whether {@code host} is {@code domain} or a subdomain of it, ignoring case: an operated site's host
   * is covered by the domain the licence's appendix lists.
   *
   * @param host the host asked about, e.g. {@code www.example.cn}
   * @param domain the domain it may fall under, e.g. {@code example.cn}
   * @return true when {@code host} equals {@code domain} or ends with {@code .domain}
   */
  public static boolean isWithin(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT);
    String d = domain.toLowerCase(Locale.ROOT);
    return h.equals(d) || h.endsWith("." + d);
  }

  /** Whether {@code s[from, to)} is a label: 1 to 63 letters, digits and inner hyphens. */
  private static boolean isValidLabel(String s, int from, int to) {
    if (to == from || to - from > 63 || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
