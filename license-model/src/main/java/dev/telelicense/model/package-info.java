/**
 * The licence (增值电信业务经营许可证) and what a licensee reports about its operations, as immutable
 * values. Everything here is pure: no I/O, no clock, no mutable static state.
 */
@LicenseStyle
@NullMarked
package dev.telelicense.model;

import org.jspecify.annotations.NullMarked;
