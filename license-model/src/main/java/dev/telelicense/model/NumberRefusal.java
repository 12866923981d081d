package dev.telelicense.model;

import dev.telelicense.model.LicenseNumberFormatException.Detail;
import dev.telelicense.model.LicenseNumberFormatException.Reason;

/**
 * What a failed read throws. Parsing refuses with a {@link LicenseNumberFormatException} that names the
 * reason, the place in the input and the characters found there; finding throws {@link #MISS}, a shared
 * exception without a stack trace, and builds no message at all: a web page tries a read at every 京 of
 * 北京, and most of them fail.
 */
final class NumberRefusal {
  /** Thrown in find mode instead of an exception that names the cause: nobody reads it. */
  // Shared on purpose: it has no stack trace, no cause and no suppressed exceptions to add to, so it
  // holds no state of any one read, and NumberFinder catches it before it leaves the model.
  @SuppressWarnings("StaticAssignmentOfThrowable")
  static final RuntimeException MISS = new RuntimeException("not a number", null, false, false) {
    private static final long serialVersionUID = 1L;
  };

  private final CharSequence input;
  private final NumberText t;
  private final boolean find;

  NumberRefusal(CharSequence input, NumberText text, boolean find) {
    this.input = input;
    this.t = text;
    this.find = find;
  }

  /** Whether failures are {@link #MISS}, so that building a message is wasted work. */
  boolean quiet() {
    return find;
  }

  /**
   * The refusal of a read that failed at prepared index {@code index}.
   *
   * @return {@link #MISS} in find mode, else the exception naming the cause
   */
  RuntimeException at(int index, Reason reason, String found, String note, String hint) {
    if (find) {
      return MISS;
    }
    return new LicenseNumberFormatException(new Detail(reason, t.offset(index), found, note, hint), input);
  }

  /** The input's own characters between two prepared indexes, as printed, for a message. */
  String found(int from, int to) {
    return find || from >= to ? "" : input.subSequence(t.offset(from), t.offset(to)).toString();
  }

  /** A hint for a category that is not one, from its letter and the input's own next character. */
  String categoryHint(int start, char letter) {
    return !find && start + 1 < t.length() ? Slips.category(letter, input.charAt(t.offset(start + 1))) : "";
  }
}
