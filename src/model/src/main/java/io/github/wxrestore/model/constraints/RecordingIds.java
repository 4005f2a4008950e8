package io.github.wxrestore.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every element of a list of recording IDs is a plausible Webex recording ID (present, not blank, printable
 * ASCII without whitespace, at most the spec's {@code maxLength}) and appears once. Each problem is reported
 * at its index ({@code recordingIds[3]}). Put on the generated model by the spec's
 * {@code x-field-extra-annotation}, in group {@link RestoreRules}.
 */
@Documented
@Constraint(validatedBy = {}) // bound to its validator by the client's validation layer
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordingIds {

    /** Shown only if a case had no message of its own: each broken element reports its own. */
    String message() default "{io.github.wxrestore.validation.RecordingIds}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
