package dev.telelicense.model;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from digits and 26 letters less I, O, S, V and Z,
 * whose third to eighth characters are the registering authority's administrative-division code.
 * Recognised only to name a refusal: a company's registration code is not a licence number.
 */
final class CreditCodes {
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private CreditCodes() {}

  static boolean isShaped(String s) {
    if (s.length() != 18) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (ALPHABET.indexOf(c) < 0 || (i >= 2 && i < 8 && !NumberScanner.isDigit(c))) {
        return false;
      }
    }
    return true;
  }
}
