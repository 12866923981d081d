/**
 * Immutable values for China's value-added telecom operating licence (增值电信业务经营许可证).
 * Annotations are compile-time only: the module needs nothing else at run time.
 */
module dev.telelicense.model {
  requires static org.immutables.value.annotations;
  requires static jsr305;

  exports dev.telelicense.model;
}
