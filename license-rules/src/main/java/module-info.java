/** The special provisions (特别规定事项) as rules: a licence, operating facts and a date give findings. */
module dev.telelicense.rules {
  requires transitive dev.telelicense.model;
  // Annotations only: needed to compile, not to run. Transitive because they appear on the exported
  // API (@Value.Immutable on the value types, @Nullable in signatures), so a module reading this one
  // reads them too whenever they are present.
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports dev.telelicense.rules;
  exports dev.telelicense.rules.calendar;
  exports dev.telelicense.rules.diff;
  exports dev.telelicense.rules.provision;
}
