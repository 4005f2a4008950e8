package io.github.wxrestore.validation;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One broken rule of a restore call: where, as data ({@code field}, and for one recording ID its {@code index}),
 * which rule (a stable name such as {@code TooManyIds}), and a message for a person. {@code invalidValue} is a
 * short, truncated rendering of the offending value (null when the value is null), never a whole ID list. The
 * rule names are listed in {@link Rules}. Immutable, thread-safe.
 *
 * <p>The index of an ID is its position in the list the caller gave: the request's {@code recordingIds} for
 * one call, the whole input for a {@code BulkRestore} (which splits it into calls). The message names the same
 * position; nothing needs to read it back out of the text.
 *
 * @param field        the part of the call that breaks the rule
 * @param index        for a problem with one recording ID, its position; empty for any other problem
 * @param rule         the rule, one of {@link Rules}
 * @param message      what is wrong and how to fix it, for a person
 * @param invalidValue a short rendering of the offending value, or null
 */
public record Violation(Field field, OptionalInt index, String rule, String message, String invalidValue) {

    /** The parts of a restore call a rule can be about, in the order a request reads. */
    public enum Field {
        /** The request body as a whole. */
        BODY,
        /** {@code recordingIds}: the list, or one ID of it (then {@link Violation#index()} says which). */
        RECORDING_IDS,
        /** {@code siteUrl} of the body. */
        SITE_URL,
        /** The {@code hostEmail} query parameter. */
        HOST_EMAIL;

        /** The name on the wire, the constant's in camel case: {@code recordingIds}, {@code siteUrl}, ... */
        public String wireName() {
            return WireNames.of(this);
        }
    }

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (index.isPresent() && (field != Field.RECORDING_IDS || index.getAsInt() < 0)) {
            throw new IllegalArgumentException("only a recording ID has an index, and it is not negative: " + field
                    + " " + index);
        }
    }

    /** A problem with the recording ID at {@code index}. */
    public static Violation ofId(int index, String rule, String message, String invalidValue) {
        return new Violation(Field.RECORDING_IDS, OptionalInt.of(index), rule, message, invalidValue);
    }

    /** A problem with a whole field: the body, the ID list, siteUrl or hostEmail. */
    public static Violation of(Field field, String rule, String message, String invalidValue) {
        return new Violation(field, OptionalInt.empty(), rule, message, invalidValue);
    }

    /** Where, as the wire names it: {@code recordingIds[3]}, {@code recordingIds}, {@code siteUrl}, ... */
    public String property() {
        return index.isPresent() ? field.wireName() + "[" + index.getAsInt() + "]" : field.wireName();
    }

    /** {@code property: message}, the form a command line prints. */
    @Override
    public String toString() {
        return property() + ": " + message;
    }
}
