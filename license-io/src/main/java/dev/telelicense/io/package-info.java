/** What the readers share: diagnostics and results that carry them. */
@LicenseStyle
@ParametersAreNonnullByDefault
package dev.telelicense.io;

import dev.telelicense.model.LicenseStyle;
import javax.annotation.ParametersAreNonnullByDefault;
