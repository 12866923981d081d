package dev.telelicense.rules;

import java.time.LocalDate;
import java.util.Optional;

/** A rule's judgement of one provision before it becomes a {@link Finding}. */
record Verdict(Status status, String message, Optional<LocalDate> due) {

  static Verdict of(Status status, String message) {
    return new Verdict(status, message, Optional.empty());
  }

  static Verdict of(Status status, String message, LocalDate due) {
    return new Verdict(status, message, Optional.of(due));
  }
}
