package dev.telelicense.io.internal;

/**
 * Makes untrusted text safe to put in a one-line error message: the document readers' exceptions and
 * the text parser's diagnostics quote what they could not read through it. Not part of the API.
 */
public final class Texts {

  /** How much of an offending value a message repeats. */
  private static final int MAX_QUOTED = 80;

  private Texts() {}

  /** {@code 'value'}, control characters escaped and long values cut with an ellipsis. */
  public static String quote(String value) {
    String cut = value.length() > MAX_QUOTED
        ? value.substring(0, MAX_QUOTED - (Character.isHighSurrogate(value.charAt(MAX_QUOTED - 1)) ? 1 : 0)) + "…"
        : value;
    return "'" + escapeControls(cut) + "'";
  }

  /** The message on one line: line breaks and other controls escaped, so logs and CLIs stay aligned. */
  public static String oneLine(String message) {
    return escapeControls(message);
  }

  private static String escapeControls(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';
      if (control && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (c == '\n') {
          b.append("\\n");
        } else if (c == '\r') {
          b.append("\\r");
        } else if (c == '\t') {
          b.append("\\t");
        } else if (control) {
          b.append(String.format("\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
