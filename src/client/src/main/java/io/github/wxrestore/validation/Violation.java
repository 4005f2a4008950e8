package io.github.wxrestore.validation;

import java.util.Objects;

/**
 * One broken rule of a restore call: where ({@code property}, such as {@code recordingIds[3]} or
 * {@code hostEmail}), which rule (a stable name such as {@code TooManyIds}), and a message for a person.
 * {@code invalidValue} is a short, truncated rendering of the offending value (null when the value is null),
 * never a whole ID list. The rule names are listed in {@link Rules}. Immutable, thread-safe.
 */
public record Violation(String property, String rule, String message, String invalidValue) {

    public Violation {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code property: message}, the form a command line prints. */
    @Override
    public String toString() {
        return (property.isEmpty() ? "request" : property) + ": " + message;
    }
}
