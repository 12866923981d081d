package dev.telelicense.rules;

import dev.telelicense.rules.calendar.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Judges "do X within a period after event E" over a list of events, each with the day X was done
 * (absent: not yet). Every event gets a line naming its dates; the worst line decides the status
 * (FAIL over NOT_REVIEWED over PASS), the earliest open deadline becomes {@code due}. The rule's
 * messages name the event ({@code <id>.event}, the day as argument), what must be done
 * ({@code <id>.verb}) and the finding when no event happened ({@code <id>.none}); the line shapes
 * are shared ({@code timeliness.*}).
 */
final class Timeliness {
  private final EvaluationContext ctx;
  private final String rule;
  private final List<String> lines = new ArrayList<>();
  private Status worst = Status.PASS;
  @Nullable private LocalDate due;

  Timeliness(EvaluationContext ctx, String rule) {
    this.ctx = ctx;
    this.rule = rule;
  }

  /** One event on {@code day}, with its deadline and the day it was done (absent: not yet). */
  void add(LocalDate day, Deadline deadline, Optional<LocalDate> doneOn) {
    String verb = text(rule + ".verb");
    LocalDate asOf = ctx.asOf();
    if (doneOn.isPresent()) {
      LocalDate done = doneOn.get();
      Optional<Boolean> inTime = deadline.isMetBy(done);
      if (inTime.isEmpty()) {
        unknownYear(day, deadline);
      } else if (inTime.get()) {
        line(Status.PASS, day, "timeliness.in-time", done, verb);
      } else {
        line(Status.FAIL, day, "timeliness.late", deadline.date().orElseThrow(), done, verb);
      }
    } else if (!asOf.isAfter(deadline.earliest())) {
      notYet(day, deadline.date().orElse(deadline.earliest()), verb);
    } else if (deadline.date().isEmpty()) {
      unknownYear(day, deadline);
    } else if (!asOf.isAfter(deadline.date().get())) {
      notYet(day, deadline.date().get(), verb);
    } else {
      line(Status.FAIL, day, "timeliness.overdue", deadline.date().get(), asOf, verb);
    }
  }

  /**
   * A line about the event on {@code day} that is not about its deadline (e.g. implemented before
   * approval): the rule's message {@code key}, given the event and then {@code args}.
   */
  void line(Status status, LocalDate day, String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = text(rule + ".event", day);
    System.arraycopy(args, 0, all, 1, args.length);
    lines.add(text(key, all));
    if (status == Status.FAIL) {
      worst = Status.FAIL;
    } else if (status == Status.NOT_REVIEWED && worst == Status.PASS) {
      worst = Status.NOT_REVIEWED;
    }
  }

  private void notYet(LocalDate day, LocalDate d, String verb) {
    if (due == null || d.isBefore(due)) {
      due = d;
    }
    line(Status.PASS, day, "timeliness.not-yet", d, verb);
  }

  private void unknownYear(LocalDate day, Deadline deadline) {
    line(Status.NOT_REVIEWED, day, "timeliness.unknown-year", deadline.unknownYear().orElseThrow());
  }

  private String text(String key, Object... args) {
    return Messages.format(ctx.language(), key, args);
  }

  /** The verdict: the rule's {@code none} message when no event was added. */
  Verdict verdict() {
    if (lines.isEmpty()) {
      return Verdict.of(Status.PASS, text(rule + ".none"));
    }
    return new Verdict(worst, Messages.list(ctx.language(), "timeliness.separator", lines),
        Optional.ofNullable(due));
  }
}
