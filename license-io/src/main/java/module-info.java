/** Reads the licence text and reads and writes licences, facts and reports as JSON and YAML. */
module dev.telelicense.io {
  requires transitive dev.telelicense.model;
  requires transitive dev.telelicense.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  // Annotations only: needed to compile this module, not to run it nor to compile against it.
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.telelicense.io;
  exports dev.telelicense.io.text;
  exports dev.telelicense.io.document;
}
