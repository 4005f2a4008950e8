package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexClientException;

import java.util.List;

/** Turns what the client returned or threw into a {@link CallOutcome}. Stateless. */
final class Outcomes {

    private Outcomes() {
    }

    static CallOutcome restored(PlannedCall call, RestoreResult result) {
        return new CallOutcome(call, true, result.status(), result.serverTrackingId().orElse(result.trackingId()),
                null, List.of(), null, result.attempts(), false);
    }

    /**
     * One ID that {@code failed}'s answer named as the reason the call failed: a failure of its own, with the
     * description that names it and the attempts of the call it was in (its part is not sent on its own). Not
     * "may have been applied": an answer that names some of a call's IDs, not all, says nothing was restored.
     */
    static CallOutcome namedBad(PlannedCall part, CallOutcome failed, String description) {
        return new CallOutcome(part, false, failed.status(), failed.trackingId(), description, List.of(description),
                failed.category(), failed.attempts(), false);
    }

    /** {@code failed}, known not to have been applied (a part of its call was restored since). */
    static CallOutcome notApplied(CallOutcome failed) {
        return new CallOutcome(failed.call(), false, failed.status(), failed.trackingId(), failed.message(),
                failed.descriptions(), failed.category(), failed.attempts(), false);
    }

    /** A failure: its category and "may have been applied" come from the client; the journal's earlier runs add. */
    static CallOutcome failed(PlannedCall call, WebexClientException e) {
        boolean applied = e.mayHaveBeenApplied() || call.mayHaveBeenApplied();
        if (e instanceof WebexApiException api) {
            return new CallOutcome(call, false, api.status(), api.serverTrackingId().orElse(api.requestTrackingId()),
                    api.webexMessage().orElse(e.getMessage()), api.errorDescriptions(), e.category(), e.attempts(),
                    applied);
        }
        return new CallOutcome(call, false, 0, e.requestTrackingId(), String.valueOf(e.getMessage()), List.of(),
                e.category(), e.attempts(), applied);
    }
}
