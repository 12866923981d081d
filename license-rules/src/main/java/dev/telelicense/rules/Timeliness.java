package dev.telelicense.rules;

import dev.telelicense.rules.calendar.Deadline;
import java.time.LocalDate;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Judges "do X within a period after event E" over a list of events, each with the day X was done
 * (absent: not yet). Every event gets a line naming its dates; the worst line decides the status
 * (FAIL over NOT_REVIEWED over PASS), the earliest open deadline becomes {@code due}. Lines are
 * written straight into the message, in the context's language only.
 */
final class Timeliness {
  private final boolean en;
  private final LocalDate asOf;
  @Nullable private StringBuilder message;
  private Status worst = Status.PASS;
  @Nullable private LocalDate due;

  Timeliness(EvaluationContext ctx) {
    this.en = ctx.language() == Language.EN;
    this.asOf = ctx.asOf();
  }

  /**
   * A duty to act within a period after an event, named in both languages: the event as written
   * after its day ({@code 处置的违法信息}) and before it ({@code illegal information handled on }), and
   * what must be done, as a Chinese verb ({@code 上报}) and an English participle ({@code reported}).
   * A rule holds one per duty, so naming an event costs no string of its own.
   */
  record Duty(String eventZh, String eventEn, String verbZh, String verbEn) {}

  /** One event of {@code duty}, on {@code day}, with the day it was done (absent: not yet). */
  Timeliness add(Duty duty, LocalDate day, Deadline deadline, Optional<LocalDate> doneOn) {
    StringBuilder b = startEvent(duty, day);
    String verbZh = duty.verbZh();
    String verbEn = duty.verbEn();
    if (doneOn.isPresent()) {
      LocalDate done = doneOn.get();
      Optional<Boolean> inTime = deadline.isMetBy(done);
      if (inTime.isEmpty()) {
        unknown(b, deadline);
      } else if (inTime.get()) {
        mark(Status.PASS);
        if (en) {
          Dates.append(b.append(": ").append(verbEn).append(" on "), done).append(", in time");
        } else {
          Dates.append(b.append("已于"), done).append(verbZh).append("，在期限内");
        }
      } else {
        mark(Status.FAIL);
        LocalDate d = deadline.date().orElseThrow();
        if (en) {
          Dates.append(b.append(": due by "), d).append(", ").append(verbEn).append(" only on ");
          Dates.append(b, done).append(" (late)");
        } else {
          Dates.append(b.append("应于"), d).append("前").append(verbZh).append("，实际");
          Dates.append(b, done).append("才").append(verbZh).append("，逾期");
        }
      }
      return this;
    }
    if (!asOf.isAfter(deadline.earliest())) {
      notYet(b, verbZh, verbEn, deadline.date().orElse(deadline.earliest()));
    } else if (deadline.date().isEmpty()) {
      unknown(b, deadline);
    } else if (!asOf.isAfter(deadline.date().get())) {
      notYet(b, verbZh, verbEn, deadline.date().get());
    } else {
      mark(Status.FAIL);
      LocalDate d = deadline.date().get();
      if (en) {
        Dates.append(b.append(": due by "), d).append(", still not ").append(verbEn).append(" as of ");
        Dates.append(b, asOf);
      } else {
        Dates.append(b.append("应于"), d).append("前").append(verbZh).append("，截至");
        Dates.append(b, asOf).append("仍未").append(verbZh);
      }
    }
    return this;
  }

  /**
   * A line about an event of {@code duty} that is not about its deadline (e.g. implemented before
   * approval): the event named as {@link #add} names it, then {@code zh} or {@code en}.
   */
  Timeliness line(Status status, Duty duty, LocalDate day, String zh, String en) {
    startEvent(duty, day).append(this.en ? en : zh);
    mark(status);
    return this;
  }

  private void notYet(StringBuilder b, String verbZh, String verbEn, LocalDate d) {
    open(d);
    mark(Status.PASS);
    if (en) {
      Dates.append(b.append(": not ").append(verbEn).append(" yet, due by "), d);
    } else {
      Dates.append(b.append("尚未").append(verbZh).append("，期限"), d).append("未届满");
    }
  }

  private void unknown(StringBuilder b, Deadline deadline) {
    int year = deadline.unknownYear().orElseThrow();
    mark(Status.NOT_REVIEWED);
    if (en) {
      b.append(": no official holiday calendar for ").append(year).append(", the deadline cannot be counted");
    } else {
      b.append("：缺少").append(year).append("年官方节假日安排，无法计算期限");
    }
  }

  /** The message with one more line begun, naming the event of {@code duty} on {@code day}. */
  private StringBuilder startEvent(Duty duty, LocalDate day) {
    StringBuilder b = startLine();
    return en ? Dates.append(b.append(duty.eventEn()), day) : Dates.append(b, day).append(duty.eventZh());
  }

  /** The message, ready for one more line. */
  private StringBuilder startLine() {
    if (message == null) {
      message = new StringBuilder(64);
    } else {
      message.append(en ? "; " : "；");
    }
    return message;
  }

  /** One more line of {@code status}: the worst decides. */
  private void mark(Status status) {
    if (status == Status.FAIL) {
      worst = Status.FAIL;
    } else if (status == Status.NOT_REVIEWED && worst == Status.PASS) {
      worst = Status.NOT_REVIEWED;
    }
  }

  private void open(LocalDate d) {
    if (due == null || d.isBefore(due)) {
      due = d;
    }
  }

  /** The verdict; {@code noneZh}/{@code noneEn} when no event was added. */
  Verdict verdict(String noneZh, String noneEn) {
    if (message == null) {
      return Verdict.of(Status.PASS, en ? noneEn : noneZh);
    }
    return new Verdict(worst, message.toString(), Optional.ofNullable(due));
  }
}
