/**
 * The obligations agenda ({@link dev.telelicense.rules.agenda.Agenda}) as an iCalendar feed
 * (RFC 5545), written with ical4j: all-day events, a UID per obligation that stays the same from run
 * to run, reminders before each due date. Deterministic: the same agenda gives the same bytes.
 */
@NullMarked
package dev.telelicense.ical;

import org.jspecify.annotations.NullMarked;
