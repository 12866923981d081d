/**
 * Bean Validation (Jakarta Validation 3.1) for form fields that hold a licence or filing number:
 * {@link dev.telelicense.validation.TelecomLicenseNumber} and
 * {@link dev.telelicense.validation.IcpFilingNumber}, with messages in English and Chinese.
 */
@NullMarked
package dev.telelicense.validation;

import org.jspecify.annotations.NullMarked;
