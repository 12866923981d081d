package dev.telelicense.rules;

import java.time.LocalDate;

/**
 * 期限 — the periods the special provisions set, written once: the rules judge by them and the
 * obligations agenda ({@link dev.telelicense.rules.agenda.Agenda}) dates by them, each counted with
 * {@link dev.telelicense.rules.calendar.Deadlines}.
 */
public final class Periods {
  /** 提前90日 — apply to renew no later than this many days before 有效期至 (provision 十二). */
  public static final int RENEWAL_DAYS_BEFORE_EXPIRY = 90;
  /** 自作出决定之日起30日内 — apply for a change of operating entity (provision 十一). */
  public static final int ENTITY_CHANGE_DAYS = 30;
  /** 变更之日起30日内 — report changed information of the offices (provision 十二). */
  public static final int INFO_CHANGE_DAYS = 30;
  /** 10个工作日内 — report handled illegal information, in working days (provision 九). */
  public static final int ILLEGAL_INFO_WORKDAYS = 10;
  /** 评估完成之日起30日内 — submit the security assessment report. */
  public static final int SECURITY_ASSESSMENT_DAYS = 30;

  private Periods() {}

  /**
   * The first day of the annual report's window: 1 January of the year it is filed in.
   *
   * @param year the year the report is filed in (it covers the year before)
   * @return 1 January of {@code year}
   */
  public static LocalDate annualReportOpens(int year) {
    return LocalDate.of(year, 1, 1);
  }

  /**
   * The last day of the annual report's window, the first quarter: 31 March, never shifted for
   * holidays (a fixed window, not a period after an event).
   *
   * @param year the year the report is filed in
   * @return 31 March of {@code year}
   */
  public static LocalDate annualReportDue(int year) {
    return LocalDate.of(year, 3, 31);
  }
}
