package io.github.wxrestore.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a recording query that are the listings' own: page size, range, {@code hostEmail} only on the
 * user listing, the spec's values, the texts' limits. Each violation is reported at its parameter.
 */
@Documented
@Constraint(validatedBy = ListingRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ListingRules {

    String message() default "{io.github.wxrestore.validation.ListingRules}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
