/** The special provisions (特别规定事项) as rules: a licence, operating facts and a date give findings. */
module dev.telelicense.rules {
  requires transitive dev.telelicense.model;
  requires static org.immutables.value.annotations;
  requires static jsr305;

  exports dev.telelicense.rules;
  exports dev.telelicense.rules.calendar;
  exports dev.telelicense.rules.diff;
  exports dev.telelicense.rules.provision;
}
