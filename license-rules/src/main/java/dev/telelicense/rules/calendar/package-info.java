/**
 * 工作日历与期间计算 — which days are working days under the State Council's annual holiday notices
 * ({@link dev.telelicense.rules.calendar.WorkdayCalendar}, the bundled {@code cn-holidays.txt}), and
 * how the provisions' periods are counted from them by 民法典 第二百零一条、第二百零三条
 * ({@link dev.telelicense.rules.calendar.Deadlines}). Pure and thread-safe: the bundled notices are
 * read once; no clock, no mutable static state.
 */
@LicenseStyle
@NullMarked
package dev.telelicense.rules.calendar;

import dev.telelicense.model.LicenseStyle;
import org.jspecify.annotations.NullMarked;
