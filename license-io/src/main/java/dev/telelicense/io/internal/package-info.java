/**
 * Helpers shared by the readers of this module. Not exported by the module and not part of the API:
 * anything here may change without notice.
 */
@NullMarked
package dev.telelicense.io.internal;

import org.jspecify.annotations.NullMarked;
