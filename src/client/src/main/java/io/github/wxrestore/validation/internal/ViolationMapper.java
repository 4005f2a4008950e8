package io.github.wxrestore.validation.internal;

import io.github.wxrestore.validation.Rules;
import io.github.wxrestore.validation.ValidationReport;
import io.github.wxrestore.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.hibernate.validator.engine.HibernateConstraintViolation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Turns Jakarta violations on a {@link RestoreCall} into the public {@link Violation} form: the property as on
 * the wire ({@code recordingIds[3]}, {@code siteUrl}, {@code hostEmail}), the rule, the message and a short
 * rendering of the offending value, in the order of the request's fields. Stateless, thread-safe.
 */
public final class ViolationMapper {

    private static final String OUR_TEMPLATE = "{" + RuleReport.KEY_PREFIX;
    private static final List<String> FIELD_ORDER = List.of("body", "restoreAll", "recordingIds", "siteUrl", "hostEmail");
    private static final Comparator<Violation> ORDER = Comparator
            .comparingInt((Violation v) -> fieldRank(field(v.property())))
            .thenComparing(v -> field(v.property()))
            .thenComparingInt(ViolationMapper::index)
            .thenComparing(Violation::property)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    private ViolationMapper() {
    }

    public static ValidationReport toReport(Collection<? extends ConstraintViolation<?>> violations) {
        return new ValidationReport(violations.stream().map(ViolationMapper::map).sorted(ORDER).toList());
    }

    private static Violation map(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        String rule = template.startsWith(OUR_TEMPLATE) ? ruleOf(template)
                : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
        RuleReport.Offending offending = hibernate.getDynamicPayload(RuleReport.Offending.class);
        Object shown = offending != null ? offending.value() : v.getInvalidValue();
        return new Violation(property(v.getPropertyPath()), rule, v.getMessage(), Display.summary(shown));
    }

    /** {@code {io.github.wxrestore.validation.SiteHost.url}} is rule {@code SiteHost}: one key per message. */
    private static String ruleOf(String template) {
        String key = template.substring(OUR_TEMPLATE.length(), template.length() - 1);
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The path as on the wire: {@code recordingIds[3]}, without the wrapper's {@code body.} prefix. */
    static String property(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int first = nodes.size() > 1 && "body".equals(nodes.get(0).getName()) ? 1 : 0;
        StringBuilder out = new StringBuilder();
        for (Path.Node node : nodes.subList(first, nodes.size())) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }

    private static String field(String property) {
        int end = 0;
        while (end < property.length() && property.charAt(end) != '[' && property.charAt(end) != '.') {
            end++;
        }
        return property.substring(0, end);
    }

    // the list's own rules first, then its elements by index, then the count of elements not listed
    private static int index(Violation v) {
        if (Rules.MORE_INVALID_IDS.equals(v.rule())) {
            return Integer.MAX_VALUE;
        }
        String property = v.property();
        int open = property.indexOf('[');
        int close = property.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(property.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int fieldRank(String field) {
        int rank = FIELD_ORDER.indexOf(field);
        return rank < 0 ? FIELD_ORDER.size() : rank;
    }
}
