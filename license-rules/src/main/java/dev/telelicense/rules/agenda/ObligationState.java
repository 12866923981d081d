package dev.telelicense.rules.agenda;

/** Where an obligation stands on the agenda's as-of date. */
public enum ObligationState {
  /** 已逾期 — due before the as-of date and not done (or, for the expiry, past). */
  OVERDUE,
  /** 进行中 — its window is open on the as-of date and it is not done yet. */
  OPEN,
  /** 未开始 — its window opens after the as-of date. */
  UPCOMING,
  /** 已完成 — the fact that closes it is known (whether in time is the compliance report's matter). */
  DONE,
  /**
   * 无法确定 — the due date cannot be counted: the holiday calendar of a year the count needs is not
   * published yet, or the licence does not give the date the count starts from.
   */
  UNKNOWN
}
