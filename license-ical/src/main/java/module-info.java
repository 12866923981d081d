/** The obligations agenda as an iCalendar (RFC 5545) feed. */
module dev.telelicense.ical {
  requires transitive dev.telelicense.rules;
  requires ical4j.core;
  requires static jsr305;

  exports dev.telelicense.ical;
}
