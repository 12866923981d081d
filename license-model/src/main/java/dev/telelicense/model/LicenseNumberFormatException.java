package dev.telelicense.model;

/**
 * Thrown by {@link LicenseNumber#parse(CharSequence)} with the reason and the index of the first
 * character that could not be read, in the style of {@code DateTimeParseException}.
 */
public final class LicenseNumberFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why a text is not a licence or filing number. */
  public enum Reason {
    EMPTY("the text is empty"),
    UNKNOWN_PROVINCE("unknown province prefix"),
    UNKNOWN_CATEGORY("unknown service category"),
    EXPECTED_DIGIT("expected a digit"),
    WRONG_DIGIT_COUNT("wrong number of digits"),
    INVALID_YEAR("implausible year"),
    MISSING_SEPARATOR("missing separator"),
    INVALID_SITE_SUFFIX("invalid site suffix"),
    TRAILING_TEXT("unexpected text after the number");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** A short English description, e.g. {@code unknown service category}. */
    public String description() {
      return description;
    }
  }

  private final Reason reason;
  private final String input;
  private final int errorIndex;

  LicenseNumberFormatException(Reason reason, String detail, CharSequence input, int errorIndex) {
    super("invalid licence number '" + input + "' at index " + errorIndex + ": " + reason.description
        + (detail.isEmpty() ? "" : " (" + detail + ")"));
    this.reason = reason;
    this.input = input.toString();
    this.errorIndex = errorIndex;
  }

  public Reason reason() {
    return reason;
  }

  /** The text as given. */
  public String input() {
    return input;
  }

  /** Index into {@link #input()} of the first character that could not be read. */
  public int errorIndex() {
    return errorIndex;
  }
}
