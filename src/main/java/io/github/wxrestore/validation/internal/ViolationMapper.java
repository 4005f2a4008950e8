package io.github.wxrestore.validation.internal;

import io.github.wxrestore.validation.ValidationReport;
import io.github.wxrestore.validation.Violation;
import jakarta.validation.ConstraintViolation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns Jakarta violations on a {@link RestoreCall} into the public, stable {@link Violation} form. */
public final class ViolationMapper {

    private static final int MAX_VALUE_CHARS = 40;

    private ViolationMapper() {
    }

    public static ValidationReport toReport(Collection<? extends ConstraintViolation<?>> violations) {
        List<Violation> mapped = violations.stream()
                .map(ViolationMapper::toViolation)
                .sorted(Comparator.comparing(Violation::property).thenComparing(Violation::rule)
                        .thenComparing(Violation::message))
                .toList();
        return new ValidationReport(mapped);
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // the body is the wire object: its fields are named as on the wire, without the wrapper's prefix
        if (path.startsWith("body.")) {
            path = path.substring("body.".length());
        }
        String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Violation(path, rule, v.getMessage(), summarize(v.getInvalidValue()));
    }

    static String summarize(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            return c.size() + " item" + (c.size() == 1 ? "" : "s");
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_VALUE_CHARS).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_VALUE_CHARS) {
            out.append("... (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
