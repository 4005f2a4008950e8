package io.github.wxrestore.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/**
 * Adds violations of named rules to one validator call. The message of rule {@code X} is the bundle key
 * {@code io.github.wxrestore.validation.X} (or {@code X.detail}); offending values only ever enter it as
 * escaped message parameters, never as part of a template, so they cannot be read as expressions.
 */
final class RuleReport {

    static final String KEY_PREFIX = "io.github.wxrestore.validation.";

    private final HibernateConstraintValidatorContext context;

    RuleReport(ConstraintValidatorContext context) {
        this.context = context.unwrap(HibernateConstraintValidatorContext.class);
        context.disableDefaultConstraintViolation();
    }

    /** Sets a parameter for the next violation(s); parameters are copied into each violation when it is added. */
    RuleReport with(String name, Object value) {
        context.addMessageParameter(name, value, MessageParameterEscaping.ESCAPE);
        return this;
    }

    /** A violation at the constrained element itself; {@code offending} becomes its invalidValue. */
    void add(String key, Object offending) {
        builder(key, offending).addConstraintViolation();
    }

    /** A violation at a property of the constrained bean (for a class-level rule). */
    void addAtProperty(String key, String property, Object offending) {
        builder(key, offending).addPropertyNode(property).addConstraintViolation();
    }

    /** A violation at one element of the constrained list: {@code recordingIds[3]}. */
    void addAtIndex(String key, int index, Object offending) {
        builder(key, offending).addBeanNode().inIterable().atIndex(index).addConstraintViolation();
    }

    private ConstraintValidatorContext.ConstraintViolationBuilder builder(String key, Object offending) {
        context.withDynamicPayload(new Offending(offending));
        return context.buildConstraintViolationWithTemplate("{" + KEY_PREFIX + key + "}");
    }

    /** The value a violation is about (one ID rather than the whole list), carried to ViolationMapper. */
    record Offending(Object value) {
    }
}
