/** What the readers share: diagnostics and results that carry them. */
@LicenseStyle
@NullMarked
package dev.telelicense.io;

import dev.telelicense.model.LicenseStyle;
import org.jspecify.annotations.NullMarked;
