package io.github.wxrestore.validation;

import java.util.Objects;

/**
 * One broken rule of a recording query, as a {@link Violation} is one of a restore call: where, as data (the
 * query {@code parameter}), which rule (a stable name of {@link Rules}, such as {@code PageSize}), a message for
 * a person, and a short rendering of the offending value (null when the value is null). Immutable, thread-safe.
 *
 * @param parameter    the query parameter that breaks the rule
 * @param rule         the rule, one of {@link Rules}
 * @param message      what is wrong and how to fix it, for a person
 * @param invalidValue a short rendering of the offending value, or null
 */
public record QueryViolation(Parameter parameter, String rule, String message, String invalidValue) {

    /** The parameters of a listing a rule can be about, in the order the spec lists them. */
    public enum Parameter {
        /** {@code max}: the page size ({@code RecordingQuery.pageSize()}). */
        MAX,
        /** {@code from}: the start of the range. */
        FROM,
        /** {@code to}: the end of the range. */
        TO,
        /** {@code meetingId}. */
        MEETING_ID,
        /** {@code hostEmail}: the one user an administrator lists. */
        HOST_EMAIL,
        /** {@code siteUrl}: the site to list. */
        SITE_URL,
        /** {@code integrationTag}. */
        INTEGRATION_TAG,
        /** {@code topic}. */
        TOPIC,
        /** {@code format}. */
        FORMAT,
        /** {@code serviceType}. */
        SERVICE_TYPE,
        /** {@code status}. */
        STATUS;

        /** The name on the wire, the constant's in camel case: {@code max}, {@code meetingId}, ... */
        public String wireName() {
            return WireNames.of(this);
        }
    }

    public QueryViolation {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** Where, as the wire names it: {@code max}, {@code siteUrl}, ... */
    public String property() {
        return parameter.wireName();
    }

    /** {@code property: message}, the form a command line prints. */
    @Override
    public String toString() {
        return property() + ": " + message;
    }
}
