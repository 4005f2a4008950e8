package io.github.wxrestore.validation.internal;

import io.github.wxrestore.validation.Rules;
import io.github.wxrestore.validation.ValidationReport;
import io.github.wxrestore.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.hibernate.validator.engine.HibernateConstraintViolation;

import java.util.Collection;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * Turns Jakarta violations on a {@link RestoreCall} into the public {@link Violation} form: the location as data
 * (the field, and the index of one ID, read from the Jakarta path), the rule, the message and a short rendering
 * of the offending value, in the order of the request's fields. Stateless, thread-safe.
 */
public final class ViolationMapper {

    private static final String OUR_TEMPLATE = "{" + RuleReport.KEY_PREFIX;
    private static final Comparator<Violation> ORDER = Comparator
            .comparing(Violation::field)
            .thenComparingInt(ViolationMapper::index)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    private ViolationMapper() {
    }

    public static ValidationReport toReport(Collection<? extends ConstraintViolation<?>> violations) {
        return new ValidationReport(violations.stream().map(ViolationMapper::map).sorted(ORDER).toList());
    }

    private static Violation map(ConstraintViolation<?> v) {
        return new Violation(field(v.getPropertyPath()), index(v.getPropertyPath()), rule(v), v.getMessage(),
                shown(v));
    }

    /** The rule a violation reports: the key of one of our messages, else the constraint's name. */
    static String rule(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        return template.startsWith(OUR_TEMPLATE) ? ruleOf(template)
                : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** The offending value as {@code invalidValue} shows it: the one a rule named (one ID), else the validated one. */
    static String shown(ConstraintViolation<?> v) {
        HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
        RuleReport.Offending offending = hibernate.getDynamicPayload(RuleReport.Offending.class);
        return Display.summary(offending != null ? offending.value() : v.getInvalidValue());
    }

    /** {@code {io.github.wxrestore.validation.SiteHost.url}} is rule {@code SiteHost}: one key per message. */
    private static String ruleOf(String template) {
        String key = template.substring(OUR_TEMPLATE.length(), template.length() - 1);
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The field a path is about: the wrapper's {@code body} when nothing inside it is named. */
    static Violation.Field field(Path path) {
        Violation.Field field = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field = fieldNamed(node.getName());
            }
        }
        if (field == null) {
            throw new IllegalStateException("a violation at no field: " + path);
        }
        return field;
    }

    /** The index of the list element a path ends in ({@code recordingIds[3]}), if any. */
    static OptionalInt index(Path path) {
        OptionalInt index = OptionalInt.empty();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                index = OptionalInt.of(node.getIndex());
            }
        }
        return index;
    }

    private static Violation.Field fieldNamed(String name) {
        for (Violation.Field field : Violation.Field.values()) {
            if (field.wireName().equals(name)) {
                return field;
            }
        }
        throw new IllegalStateException("a violation at " + name + ", a field Violation.Field does not name");
    }

    // the list's own rules first, then its elements by index, then the count of elements not listed
    private static int index(Violation v) {
        return Rules.MORE_INVALID_IDS.equals(v.rule()) ? Integer.MAX_VALUE : v.index().orElse(-1);
    }
}
