package io.github.wxrestore.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every violation of one restore call, empty when the call is valid. Ordered as the request reads: body,
 * recordingIds (the list, then its elements by index), siteUrl, hostEmail; then by rule. Immutable,
 * thread-safe.
 */
public record ValidationReport(List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** Throws {@link InvalidRestoreRequestException} listing every violation, or returns when valid. */
    public void throwIfInvalid() {
        if (!isValid()) {
            throw new InvalidRestoreRequestException(this);
        }
    }

    /** One line per violation, {@code property: message}. */
    public String describe() {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
