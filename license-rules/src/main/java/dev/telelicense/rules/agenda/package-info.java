/**
 * 合规日程 — what a licensee must do, and by when: every dated obligation of a licence (annual
 * reports, renewal, expiry, the reports owed after an event, and what rules of one's own declare),
 * with its window, its state as of a date and the fact that will close it.
 *
 * <p>{@link dev.telelicense.rules.agenda.Agenda#of} builds it from an
 * {@link dev.telelicense.rules.EvaluationContext} (licence, facts, as-of date, calendar, language)
 * and a {@link dev.telelicense.rules.Rulebook}. Periods are counted by the rules' own
 * {@link dev.telelicense.rules.calendar.Deadlines} on the context's
 * {@link dev.telelicense.rules.calendar.WorkdayCalendar}: the agenda and the compliance report never disagree
 * on a date. Pure and thread-safe: no clock, no I/O but the bundled messages.
 */
@LicenseStyle
@NullMarked
package dev.telelicense.rules.agenda;

import dev.telelicense.model.LicenseStyle;
import org.jspecify.annotations.NullMarked;
