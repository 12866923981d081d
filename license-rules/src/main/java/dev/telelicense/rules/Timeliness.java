package dev.telelicense.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges "do X within a period after event E" over a list of events, each with the day X was done
 * (absent: not yet). Every event gets a line naming its dates; the worst line decides the status
 * (FAIL over NOT_REVIEWED over PASS), the earliest open deadline becomes {@code due}.
 */
final class Timeliness {
  private final EvaluationContext ctx;
  private final List<Status> statuses = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();
  private LocalDate due;

  Timeliness(EvaluationContext ctx) {
    this.ctx = ctx;
  }

  /**
   * One event.
   *
   * @param eventZh the event in Chinese, e.g. {@code 2024-09-27处置的违法信息}
   * @param eventEn the same in English
   * @param verbZh what must be done, e.g. {@code 上报}
   * @param verbEn the same as an English participle, e.g. {@code reported}
   */
  Timeliness add(String eventZh, String eventEn, String verbZh, String verbEn, Deadline deadline,
      Optional<LocalDate> doneOn) {
    LocalDate asOf = ctx.asOf();
    if (doneOn.isPresent()) {
      LocalDate done = doneOn.get();
      Optional<Boolean> inTime = deadline.isMetBy(done);
      if (inTime.isEmpty()) {
        unknown(eventZh, eventEn, deadline);
      } else if (inTime.get()) {
        line(Status.PASS, eventZh + "已于" + done + verbZh + "，在期限内",
            eventEn + ": " + verbEn + " on " + done + ", in time");
      } else {
        LocalDate d = deadline.date().orElseThrow();
        line(Status.FAIL, eventZh + "应于" + d + "前" + verbZh + "，实际" + done + "才" + verbZh + "，逾期",
            eventEn + ": due by " + d + ", " + verbEn + " only on " + done + " (late)");
      }
      return this;
    }
    if (!asOf.isAfter(deadline.earliest())) {
      LocalDate d = deadline.date().orElse(deadline.earliest());
      open(d);
      line(Status.PASS, eventZh + "尚未" + verbZh + "，期限" + d + "未届满",
          eventEn + ": not " + verbEn + " yet, due by " + d);
    } else if (deadline.date().isEmpty()) {
      unknown(eventZh, eventEn, deadline);
    } else if (!asOf.isAfter(deadline.date().get())) {
      open(deadline.date().get());
      line(Status.PASS, eventZh + "尚未" + verbZh + "，期限" + deadline.date().get() + "未届满",
          eventEn + ": not " + verbEn + " yet, due by " + deadline.date().get());
    } else {
      LocalDate d = deadline.date().get();
      line(Status.FAIL, eventZh + "应于" + d + "前" + verbZh + "，截至" + asOf + "仍未" + verbZh,
          eventEn + ": due by " + d + ", still not " + verbEn + " as of " + asOf);
    }
    return this;
  }

  /** A line that is not about a deadline (e.g. implemented before approval). */
  Timeliness line(Status status, String zh, String en) {
    statuses.add(status);
    lines.add(ctx.say(zh, en));
    return this;
  }

  private void unknown(String eventZh, String eventEn, Deadline deadline) {
    int year = deadline.unknownYear().orElseThrow();
    line(Status.NOT_REVIEWED, eventZh + "：缺少" + year + "年官方节假日安排，无法计算期限",
        eventEn + ": no official holiday calendar for " + year + ", the deadline cannot be counted");
  }

  private void open(LocalDate d) {
    if (due == null || d.isBefore(due)) {
      due = d;
    }
  }

  /** The verdict; {@code noneZh}/{@code noneEn} when no event was added. */
  Verdict verdict(String noneZh, String noneEn) {
    if (lines.isEmpty()) {
      return Verdict.of(Status.PASS, ctx.say(noneZh, noneEn));
    }
    Status worst = Status.PASS;
    for (Status s : statuses) {
      if (s == Status.FAIL) {
        worst = Status.FAIL;
      } else if (s == Status.NOT_REVIEWED && worst == Status.PASS) {
        worst = Status.NOT_REVIEWED;
      }
    }
    String message = String.join(ctx.say("；", "; "), lines);
    return new Verdict(worst, message, Optional.ofNullable(due));
  }
}
