package io.github.wxrestore.validation.internal;

import io.github.wxrestore.validation.QueryReport;
import io.github.wxrestore.validation.QueryViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.Comparator;

/**
 * Turns Jakarta violations on a {@link ListingCall} into the public {@link QueryViolation} form, as
 * {@link ViolationMapper} does for a restore call: the parameter read from the Jakarta path, the rule, the message
 * and a short rendering of the offending value, in the order of the spec's parameters. Stateless, thread-safe.
 */
final class QueryViolationMapper {

    private static final Comparator<QueryViolation> ORDER = Comparator
            .comparing(QueryViolation::parameter)
            .thenComparing(QueryViolation::rule)
            .thenComparing(QueryViolation::message);

    private QueryViolationMapper() {
    }

    static QueryReport toReport(Collection<? extends ConstraintViolation<?>> violations) {
        return new QueryReport(violations.stream().map(QueryViolationMapper::map).sorted(ORDER).toList());
    }

    private static QueryViolation map(ConstraintViolation<?> v) {
        return new QueryViolation(parameter(v.getPropertyPath()), ViolationMapper.rule(v), v.getMessage(),
                ViolationMapper.shown(v));
    }

    private static QueryViolation.Parameter parameter(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                for (QueryViolation.Parameter parameter : QueryViolation.Parameter.values()) {
                    if (parameter.wireName().equals(node.getName())) {
                        return parameter;
                    }
                }
                throw new IllegalStateException("a violation at " + node.getName() + ", not a query parameter");
            }
        }
        throw new IllegalStateException("a violation at no parameter: " + path);
    }
}
