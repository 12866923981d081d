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

  /** What a built-in rule's judgement rests on: the facts, for PASS and FAIL; nothing otherwise. */
  Optional<Basis> basis() {
    return status == Status.PASS || status == Status.FAIL ? Optional.of(Basis.FACTS) : Optional.empty();
  }
}
