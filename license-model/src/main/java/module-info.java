/**
 * Immutable values for China's value-added telecom operating licence (增值电信业务经营许可证).
 * Annotations are compile-time only: the module needs nothing else at run time.
 */
module dev.telelicense.model {
  // Annotations only: needed to compile this module, not to run it nor to compile against it.
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.telelicense.model;
}
