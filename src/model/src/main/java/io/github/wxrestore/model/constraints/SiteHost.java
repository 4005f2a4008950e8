package io.github.wxrestore.model.constraints;

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
@Constraint(validatedBy = {}) // bound to its validator by the client's validation layer
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SiteHost {

    String message() default "{io.github.wxrestore.validation.SiteHost.expected}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
