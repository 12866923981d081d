/** The obligations agenda as an iCalendar (RFC 5545) feed. */
module dev.telelicense.ical {
  requires transitive dev.telelicense.rules;
  requires ical4j.core;
  // Annotations only: needed to compile this module, not to run it nor to compile against it.
  requires static org.jspecify;

  exports dev.telelicense.ical;
}
