package io.github.wxrestore.validation;

import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.validation.internal.ListingCall;

import java.util.Objects;

/**
 * Checks a recording query against every rule the spec states for the two listings, before anything is sent,
 * with the machinery and the messages of the restore rules ({@link RestoreRequestValidation}): the page size
 * within the spec's limits, {@code from} not after {@code to}, {@code hostEmail} only on the user listing,
 * {@code siteUrl} and {@code hostEmail} of the restore's forms, {@code format}, {@code serviceType} and
 * {@code status} among the spec's values, texts neither empty nor longer than the spec allows. The rule names are
 * listed in {@link Rules}. Thread-safe.
 */
public final class RecordingQueryValidation {

    private RecordingQueryValidation() {
    }

    /** Every violation of the query, all at once; never throws for a query it was given. */
    public static QueryReport check(RecordingQuery query) {
        return ListingCall.of(Objects.requireNonNull(query, "query")).check();
    }

    /** Returns when the query is valid; otherwise throws one exception naming every violation. */
    public static void requireValid(RecordingQuery query) {
        check(query).throwIfInvalid();
    }
}
