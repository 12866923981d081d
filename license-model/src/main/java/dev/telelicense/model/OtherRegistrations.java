package dev.telelicense.model;

import dev.telelicense.model.LicenseNumberFormatException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Registrations printed next to licence numbers that are not telecom licences, recognised so that a
 * refusal can say what the text is: 公网安备 (public-security filing), 网文 (网络文化经营许可证) and the
 * 统一社会信用代码 (GB 32100-2015: 18 characters from digits and letters less I, O, S, V and Z, the third
 * to eighth being an administrative-division code).
 */
final class OtherRegistrations {
  private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int CREDIT_CODE_LENGTH = 18;

  /** What was recognised and where it starts. */
  record Found(Reason reason, int index) {}

  private OtherRegistrations() {}

  /** The registration {@code s} (a prepared text, gaps as spaces) is, or null. */
  @Nullable
  static Found find(String s) {
    int at = s.indexOf("公网安备");
    if (at >= 0) {
      return new Found(Reason.PUBLIC_SECURITY_FILING, at);
    }
    at = s.indexOf("网文");
    if (at < 0) {
      at = s.indexOf("网络文化经营许可证");
    }
    if (at >= 0) {
      return new Found(Reason.CULTURE_LICENSE, at);
    }
    return isCreditCode(s.replace(" ", "")) ? new Found(Reason.CREDIT_CODE, 0) : null;
  }

  static boolean isCreditCode(String s) {
    if (s.length() != CREDIT_CODE_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (CREDIT_CODE_ALPHABET.indexOf(c) < 0 || (i >= 2 && i < 8 && !NumberText.isDigit(c))) {
        return false;
      }
    }
    return true;
  }
}
