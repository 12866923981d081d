package dev.telelicense.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: public generated types named {@code ImmutableX}, JDK
 * collections only (no Guava at run time), singular adders ({@code addGrant}).
 *
 * <p>The generated classes carry none of the annotations Immutables adds when it finds them on the
 * class path ({@code org.immutables.value.Generated}, JSR-305): they would make every user compile
 * against the annotation jars, which the modules need only at compile time. ({@code Override} is a
 * placeholder: an empty list would mean "all".)
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "item:items", "domain:domains", "limitedTo:limitedTo"},
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface LicenseStyle {}
