package dev.telelicense.rules;

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

  /** Whether events are to be named in English: callers name them in the context's language only. */
  boolean english() {
    return en;
  }

  /**
   * One event.
   *
   * @param event the event in the context's language, e.g. {@code 2024-09-27处置的违法信息} or
   *     {@code illegal information handled on 2024-09-27}
   * @param verbZh what must be done, e.g. {@code 上报}
   * @param verbEn the same as an English participle, e.g. {@code reported}
   */
  Timeliness add(String event, String verbZh, String verbEn, Deadline deadline,
      Optional<LocalDate> doneOn) {
    if (doneOn.isPresent()) {
      LocalDate done = doneOn.get();
      Optional<Boolean> inTime = deadline.isMetBy(done);
      if (inTime.isEmpty()) {
        unknown(event, deadline);
      } else if (inTime.get()) {
        StringBuilder b = next(Status.PASS);
        if (en) {
          b.append(event).append(": ").append(verbEn).append(" on ").append(done).append(", in time");
        } else {
          b.append(event).append("已于").append(done).append(verbZh).append("，在期限内");
        }
      } else {
        LocalDate d = deadline.date().orElseThrow();
        StringBuilder b = next(Status.FAIL);
        if (en) {
          b.append(event).append(": due by ").append(d).append(", ").append(verbEn).append(" only on ")
              .append(done).append(" (late)");
        } else {
          b.append(event).append("应于").append(d).append("前").append(verbZh).append("，实际").append(done)
              .append("才").append(verbZh).append("，逾期");
        }
      }
      return this;
    }
    if (!asOf.isAfter(deadline.earliest())) {
      notYet(event, verbZh, verbEn, deadline.date().orElse(deadline.earliest()));
    } else if (deadline.date().isEmpty()) {
      unknown(event, deadline);
    } else if (!asOf.isAfter(deadline.date().get())) {
      notYet(event, verbZh, verbEn, deadline.date().get());
    } else {
      LocalDate d = deadline.date().get();
      StringBuilder b = next(Status.FAIL);
      if (en) {
        b.append(event).append(": due by ").append(d).append(", still not ").append(verbEn).append(" as of ")
            .append(asOf);
      } else {
        b.append(event).append("应于").append(d).append("前").append(verbZh).append("，截至").append(asOf)
            .append("仍未").append(verbZh);
      }
    }
    return this;
  }

  /** A line that is not about a deadline (e.g. implemented before approval). */
  Timeliness line(Status status, String zh, String en) {
    next(status).append(this.en ? en : zh);
    return this;
  }

  private void notYet(String event, String verbZh, String verbEn, LocalDate d) {
    open(d);
    StringBuilder b = next(Status.PASS);
    if (en) {
      b.append(event).append(": not ").append(verbEn).append(" yet, due by ").append(d);
    } else {
      b.append(event).append("尚未").append(verbZh).append("，期限").append(d).append("未届满");
    }
  }

  private void unknown(String event, Deadline deadline) {
    int year = deadline.unknownYear().orElseThrow();
    StringBuilder b = next(Status.NOT_REVIEWED);
    if (en) {
      b.append(event).append(": no official holiday calendar for ").append(year)
          .append(", the deadline cannot be counted");
    } else {
      b.append(event).append("：缺少").append(year).append("年官方节假日安排，无法计算期限");
    }
  }

  /** The message, ready for one more line of {@code status}. */
  private StringBuilder next(Status status) {
    if (status == Status.FAIL) {
      worst = Status.FAIL;
    } else if (status == Status.NOT_REVIEWED && worst == Status.PASS) {
      worst = Status.NOT_REVIEWED;
    }
    if (message == null) {
      message = new StringBuilder(64);
    } else {
      message.append(en ? "; " : "；");
    }
    return message;
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
