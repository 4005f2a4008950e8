package io.github.wxrestore.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every violation of one recording query, empty when the query is valid; ordered by parameter as the spec lists
 * them, then by rule. Immutable, thread-safe.
 */
public record QueryReport(List<QueryViolation> violations) {

    public QueryReport {
        violations = List.copyOf(violations);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** Throws {@link InvalidRecordingQueryException} listing every violation, or returns when valid. */
    public void throwIfInvalid() {
        if (!isValid()) {
            throw new InvalidRecordingQueryException(this);
        }
    }

    /** One line per violation, {@code property: message}. */
    public String describe() {
        return violations.stream().map(QueryViolation::toString).collect(Collectors.joining("\n"));
    }
}
