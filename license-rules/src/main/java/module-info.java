/** The special provisions (特别规定事项) as rules: a licence, operating facts and a date give findings. */
module dev.telelicense.rules {
  requires transitive dev.telelicense.model;
  // Annotations only: needed to compile this module, not to run it nor to compile against it.
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.telelicense.rules;
  exports dev.telelicense.rules.agenda;
  exports dev.telelicense.rules.calendar;
  exports dev.telelicense.rules.diff;
  exports dev.telelicense.rules.provision;
}
