/** Reads the official licence text, as scanned, into a {@link dev.telelicense.model.License}. */
@LicenseStyle
@NullMarked
package dev.telelicense.io.text;

import dev.telelicense.model.LicenseStyle;
import org.jspecify.annotations.NullMarked;
