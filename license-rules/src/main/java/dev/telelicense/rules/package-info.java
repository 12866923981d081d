/**
 * Compliance rules over a licence, what the licensee does and an as-of date. Pure and thread-safe: no
 * I/O but the bundled holiday data, no clock, no mutable static state.
 */
@LicenseStyle
@ParametersAreNonnullByDefault
package dev.telelicense.rules;

import dev.telelicense.model.LicenseStyle;
import javax.annotation.ParametersAreNonnullByDefault;
