package dev.telelicense.model;

import java.net.IDN;
import java.util.Locale;

/** Domain-name checks shared by the model and the rules. */
public final class DomainNames {
  private DomainNames() {}

  /**
   * Whether {@code name} is a valid host name of two labels or more: letters, digits and hyphens
   * (internationalised names are checked in their ASCII form), no empty label, at most 253 characters.
   */
  public static boolean isValid(String name) {
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
      if (!isValidLabel(label)) {
        return false;
      }
    }
    return Character.isLetter(labels[labels.length - 1].charAt(0));
  }

  /** Whether {@code host} is {@code domain} or a subdomain of it, ignoring case. */
  public static boolean isWithin(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT);
    String d = domain.toLowerCase(Locale.ROOT);
    return h.equals(d) || h.endsWith("." + d);
  }

  private static boolean isValidLabel(String label) {
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
    return true;
  }
}
