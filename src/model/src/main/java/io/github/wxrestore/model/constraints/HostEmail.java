package io.github.wxrestore.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An email address of the plain form {@code name@example.com}: one {@code @}, an unquoted ASCII name of
 * RFC 5322 atoms, a domain that is a host name with a dot, no whitespace or line breaks. Stricter than
 * {@code jakarta.validation.constraints.Email}, which accepts {@code a@b}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {}) // bound to its validator by the client's validation layer
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface HostEmail {

    String message() default "{io.github.wxrestore.validation.HostEmail.expected}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
