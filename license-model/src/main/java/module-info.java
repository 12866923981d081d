/**
 * Immutable values for China's value-added telecom operating licence (增值电信业务经营许可证).
 * Annotations are compile-time only: the module needs nothing else at run time.
 */
module dev.telelicense.model {
  // Annotations only: needed to compile, not to run. Transitive because they appear on the exported
  // API (@Value.Immutable on the value types, @Nullable in signatures), so a module reading this one
  // reads them too whenever they are present.
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports dev.telelicense.model;
}
