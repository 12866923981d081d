/**
 * The JSON and YAML documents: licence (增值电信业务经营许可证), operating facts (经营情况) and compliance
 * report (合规报告). {@link dev.telelicense.io.document.DocumentCodec#of} gives the codec for a format;
 * {@link dev.telelicense.io.document.JsonDocuments} and {@link dev.telelicense.io.document.YamlDocuments}
 * are the two implementations, each a single immutable, thread-safe instance.
 *
 * <h2>Writing</h2>
 * Field names and order are fixed (see the JSON Schemas under {@code schema/} next to this package's
 * classes); dates are {@code YYYY-MM-DD}; absent values and empty lists are left out, except in facts,
 * where a present empty list means "judged, none". JSON is pretty-printed with two spaces, LF line ends
 * and Chinese text as is. YAML is block style, without {@code ---} or tags; strings are quoted only when
 * a YAML reader could take them for something else ({@code "2025"}, {@code "yes"}, {@code "2025-03-20"}),
 * while date fields are plain. Both end with a newline.
 *
 * <h2>Reading</h2>
 * Strict, and every failure is a {@link dev.telelicense.io.document.DocumentException} with a one-line
 * message of the form {@code <problem> at <JSON path>[: detail | — hint]}, e.g.
 * <ul>
 *   <li>{@code unknown field 'anualReports' at $ — did you mean 'annualReports'?}</li>
 *   <li>{@code expected a string at $.licensee, found a number}</li>
 *   <li>{@code invalid date '2025-02-30' at $.issuedOn}</li>
 *   <li>{@code invalid licence number '京X2-20190486' at $.number: unknown service category ('X2') at index 1}</li>
 *   <li>{@code issuedOn 2025-01-02 is after validUntil 2024-01-01 at $}</li>
 *   <li>{@code YAML anchors and aliases are not allowed at $.services[0]}</li>
 * </ul>
 * Input is untrusted: see {@link dev.telelicense.io.document.DocumentLimits}. YAML anchors, aliases and
 * explicit tags are refused where they appear, so nothing is expanded and no object is built from a tag.
 */
@LicenseStyle
@NullMarked
package dev.telelicense.io.document;

import dev.telelicense.model.LicenseStyle;
import org.jspecify.annotations.NullMarked;
