/**
 * Jakarta Validation constraints for licence numbers (经营许可证编号) and ICP filing numbers (备案号),
 * built on {@code dev.telelicense.model.LicenseNumber}.
 */
module dev.telelicense.validation {
  requires transitive dev.telelicense.model;
  requires transitive jakarta.validation;
  // Annotations only: needed to compile this module, not to run it nor to compile against it.
  requires static org.jspecify;

  exports dev.telelicense.validation;
}
