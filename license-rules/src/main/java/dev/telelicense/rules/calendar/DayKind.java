package dev.telelicense.rules.calendar;

/** What a calendar knows about a day. */
public enum DayKind {
  /** 工作日 — a working day: Monday–Friday not made a day off, or a make-up working day (调休上班). */
  WORKDAY,
  /** 休息日或法定节假日 — a weekend day or a statutory holiday. */
  REST_DAY,
  /** No notice covers the day's year: the calendar must not guess. */
  UNKNOWN
}
