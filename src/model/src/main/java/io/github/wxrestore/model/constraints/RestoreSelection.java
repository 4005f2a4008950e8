package io.github.wxrestore.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule of a restore body: with {@code restoreAll} true, {@code recordingIds} is absent or empty;
 * with {@code restoreAll} false or absent, it holds 1 to {@code maxItems} IDs (the spec's limit). Put on the
 * generated model, in group {@link RestoreRules}, by the spec's {@code x-class-extra-annotation}.
 */
@Documented
@Constraint(validatedBy = {}) // bound to its validator by the client's validation layer
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RestoreSelection {

    /** Shown only if a case had no message of its own: each broken case reports its own. */
    String message() default "{io.github.wxrestore.validation.RestoreSelection}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
