/**
 * Jakarta Validation constraints for licence numbers (经营许可证编号) and ICP filing numbers (备案号),
 * built on {@code dev.telelicense.model.LicenseNumber}.
 */
module dev.telelicense.validation {
  requires transitive dev.telelicense.model;
  requires transitive jakarta.validation;
  // Annotations only: needed to compile, not to run; transitive because @Nullable is on the API.
  requires static transitive org.jspecify;

  exports dev.telelicense.validation;
}
