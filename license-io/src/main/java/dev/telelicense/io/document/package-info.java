/** The JSON and YAML documents: licence, operating facts and compliance report. */
@LicenseStyle
@ParametersAreNonnullByDefault
package dev.telelicense.io.document;

import dev.telelicense.model.LicenseStyle;
import javax.annotation.ParametersAreNonnullByDefault;
