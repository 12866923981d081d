/** Reads the licence text and reads and writes licences, facts and reports as JSON and YAML. */
module dev.telelicense.io {
  requires transitive dev.telelicense.model;
  requires transitive dev.telelicense.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  // Annotations only: needed to compile, not to run. Transitive because they appear on the exported
  // API (@Value.Immutable on the value types, @Nullable in signatures), so a module reading this one
  // reads them too whenever they are present.
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports dev.telelicense.io;
  exports dev.telelicense.io.text;
  exports dev.telelicense.io.document;
}
