package io.github.wxrestore.validation.constraints;

import io.github.wxrestore.validation.internal.SiteHostValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Webex site host such as {@code example.webex.com}: a DNS host name alone, without scheme, credentials,
 * port, path, query or whitespace. {@code null} is valid (absent means the user's preferred site); an empty
 * string is not. Put on the generated model by the spec's {@code x-field-extra-annotation}, in group
 * {@link RestoreRules}.
 */
@Documented
@Constraint(validatedBy = SiteHostValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SiteHost {

    String message() default "{io.github.wxrestore.validation.SiteHost.expected}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
