package dev.telelicense.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The printed shapes of a licence or filing number (编号的格式), and how each prints in canonical form.
 * Apart from {@link LicenseNumber}, which holds the parts, so that the value class is about what a
 * number means and this one about how it is written.
 */
enum NumberForm {
  /** {@code 京B2-20190486}. */
  CATEGORY,
  /** {@code B2-2004-0851}: MIIT's early form, year and serial apart. */
  HISTORIC,
  /** {@code 辽B-2-4-20080039}: category and an item of the old catalogue, dashed. */
  ITEM,
  /** {@code 京ICP证150746号}. */
  ICP_LICENSE,
  /** {@code 京ICP备11041704号}. */
  ICP_FILING;

  /** Whether this is an ICP form, whose digits are a serial with no year in them. */
  boolean isIcp() {
    return this == ICP_LICENSE || this == ICP_FILING;
  }

  /**
   * Appends the part of the canonical form after the province prefix and before the site suffix.
   *
   * @param b where to append
   * @param categories the categories, in catalogue order; one for the historic and item forms
   * @param digits year and serial together, or the ICP serial
   * @param item the old catalogue's item of the {@link #ITEM} form, else null
   */
  void print(StringBuilder b, List<String> categories, String digits, @Nullable Character item) {
    switch (this) {
      case CATEGORY -> b.append(String.join(".", categories)).append('-').append(digits);
      case HISTORIC -> b.append(categories.get(0)).append('-').append(digits, 0, 4).append('-').append(digits, 4, 8);
      case ITEM ->
          b.append("B-").append(categories.get(0).charAt(1)).append('-').append(item).append('-').append(digits);
      case ICP_LICENSE -> b.append("ICP证").append(digits).append('号');
      case ICP_FILING -> b.append("ICP备").append(digits).append('号');
    }
  }
}
