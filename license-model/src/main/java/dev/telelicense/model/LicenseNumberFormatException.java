package dev.telelicense.model;

import java.util.Objects;

/**
 * Thrown by {@link LicenseNumber#parse(CharSequence)} with the reason and the index of the first
 * character that could not be read, in the style of {@code DateTimeParseException}. {@link #detail()}
 * gives the cause as values, so that no caller has to take the message apart.
 */
public final class LicenseNumberFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 2L;

  /** Why a text is not a licence or filing number. */
  public enum Reason {
    /** Nothing but whitespace. */
    EMPTY("the text is empty"),
    /** The first character is neither a province abbreviation, 合字 nor a category letter. */
    UNKNOWN_PROVINCE("unknown province prefix"),
    /** Not one of A1, A2, B1, B2. */
    UNKNOWN_CATEGORY("unknown service category"),
    /** A category printed twice, e.g. {@code B1.B2.B1-…}. */
    REPEATED_CATEGORY("service category repeated"),
    /** Categories not in catalogue order (A1, A2, B1, B2), e.g. {@code B2.B1-…}. */
    CATEGORIES_OUT_OF_ORDER("service categories out of order"),
    /** A letter or other character where a digit belongs. */
    EXPECTED_DIGIT("expected a digit"),
    /** Too few or too many digits. */
    WRONG_DIGIT_COUNT("wrong number of digits"),
    /** A year before 1990 or after the latest plausible year. */
    INVALID_YEAR("implausible year"),
    /** A dash, 证, 备 or 号 missing. */
    MISSING_SEPARATOR("missing separator"),
    /** Not 1 to 5 digits after the dash. */
    INVALID_SITE_SUFFIX("invalid site suffix"),
    /** Text after a complete number. */
    TRAILING_TEXT("unexpected text after the number"),
    /** 公网安备 — a public-security filing. */
    PUBLIC_SECURITY_FILING("a public-security filing (公网安备), not a telecom licence"),
    /** 网文 — a 网络文化经营许可证 issued by the culture authorities. */
    CULTURE_LICENSE("a 网络文化经营许可证 (网文), not a telecom licence"),
    /** 统一社会信用代码 — a company's 18-character registration code. */
    CREDIT_CODE("an 18-character 统一社会信用代码 (unified social credit code), not a licence number");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /**
     * A short English description.
     *
     * @return e.g. {@code unknown service category}
     */
    public String description() {
      return description;
    }
  }

  /**
   * The cause as values: the reason, where, what was found there, and a hint for a likely slip.
   *
   * @param reason why the text is not a number
   * @param index index into the input of the first character that could not be read
   * @param found the input's own characters at {@code index} that were refused, or empty
   * @param note what was expected there, e.g. {@code 7 digits, expected 8}, or empty
   * @param hint a likely slip, e.g. {@code B1 written with the letter l?}, or empty; never applied
   */
  public record Detail(Reason reason, int index, String found, String note, String hint) {
    /**
     * Checks the components.
     *
     * @param reason why the text is not a number
     * @param index where, at least 0
     * @param found the refused characters, or empty
     * @param note what was expected, or empty
     * @param hint a likely slip, or empty
     * @throws NullPointerException if any is null
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Detail {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(found, "found");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(hint, "hint");
      if (index < 0) {
        throw new IllegalArgumentException("index " + index + " is negative");
      }
    }

    /**
     * The cause in words, without the input: reason, what was found or expected, and the hint.
     *
     * @return e.g. {@code unknown service category ('Bl'; B1 written with the letter l?)}
     */
    public String explanation() {
      StringBuilder b = new StringBuilder(reason.description);
      String quoted = found.isEmpty() ? "" : "'" + found + "'";
      String parts = join(join(quoted, note, ", "), hint, "; ");
      if (!parts.isEmpty()) {
        b.append(" (").append(parts).append(')');
      }
      return b.toString();
    }

    private static String join(String a, String b, String separator) {
      return a.isEmpty() ? b : b.isEmpty() ? a : a + separator + b;
    }
  }

  /** The text that was read, as given. */
  private final String input;
  /** Why and where the text stops being a number. */
  private final Detail detail;

  LicenseNumberFormatException(Detail detail, CharSequence input) {
    super("invalid licence number '" + input + "' at index " + detail.index() + ": " + detail.explanation());
    this.input = input.toString();
    this.detail = detail;
  }

  /**
   * Why the text is not a number.
   *
   * @return the reason
   */
  public Reason reason() {
    return detail.reason();
  }

  /**
   * The cause as values.
   *
   * @return reason, index, the refused characters, what was expected and a hint
   */
  public Detail detail() {
    return detail;
  }

  /**
   * The text as given.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * Index into {@link #input()} of the first character that could not be read.
   *
   * @return the index, from 0 to the input's length
   */
  public int errorIndex() {
    return detail.index();
  }
}
