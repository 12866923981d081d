package dev.telelicense.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: public generated types named {@code ImmutableX}, JDK
 * collections only (no Guava at run time), singular adders ({@code addGrant}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "item:items", "domain:domains", "limitedTo:limitedTo"},
    defaults = @Value.Immutable(copy = true))
public @interface LicenseStyle {}
