/** Reads the licence text and reads and writes licences, facts and reports as JSON and YAML. */
module dev.telelicense.io {
  requires transitive dev.telelicense.model;
  requires transitive dev.telelicense.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.yaml.snakeyaml;
  requires static org.immutables.value.annotations;
  requires static jsr305;

  exports dev.telelicense.io;
  exports dev.telelicense.io.text;
  exports dev.telelicense.io.document;
}
