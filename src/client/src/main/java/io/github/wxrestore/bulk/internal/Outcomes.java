package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.FailureKind;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.client.AuthorizationException;
import io.github.wxrestore.client.BadRequestException;
import io.github.wxrestore.client.ResourceStateException;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.ServerErrorException;
import io.github.wxrestore.client.ThrottledException;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexTransportException;

import java.util.List;

/** Turns what the client returned or threw into a {@link CallOutcome}. Stateless. */
final class Outcomes {

    private Outcomes() {
    }

    static CallOutcome restored(PlannedCall call, RestoreResult result, int attempts) {
        return CallOutcome.restored(call.number(), call.recordingIds(), call.restoreAll(), result.status(),
                result.serverTrackingId().orElse(result.trackingId()), attempts);
    }

    static CallOutcome failed(PlannedCall call, WebexClientException e, int attempts, boolean possiblyRestored) {
        if (e instanceof WebexApiException api) {
            return CallOutcome.failed(call.number(), call.recordingIds(), call.restoreAll(), api.status(),
                    api.serverTrackingId().orElse(api.requestTrackingId()),
                    api.webexMessage().orElse(e.getMessage()), api.errorDescriptions(), kindOf(e), attempts,
                    possiblyRestored);
        }
        return CallOutcome.failed(call.number(), call.recordingIds(), call.restoreAll(), 0, e.requestTrackingId(),
                String.valueOf(e.getMessage()), List.of(), kindOf(e), attempts, possiblyRestored);
    }

    static FailureKind kindOf(WebexClientException e) {
        if (e instanceof AuthorizationException) {
            return FailureKind.AUTHORIZATION;
        }
        if (e instanceof ResourceStateException) {
            return FailureKind.NOT_FOUND;
        }
        if (e instanceof ThrottledException) {
            return FailureKind.THROTTLED;
        }
        if (e instanceof ServerErrorException || e instanceof WebexTransportException) {
            return FailureKind.SERVER_OR_NETWORK;
        }
        if (e instanceof BadRequestException) {
            return FailureKind.REJECTED;
        }
        if (e instanceof WebexApiException api) {
            // an undocumented status: a 5xx is still the server's trouble; anything else, a refusal
            return api.status() >= 500 ? FailureKind.SERVER_OR_NETWORK : FailureKind.REJECTED;
        }
        return FailureKind.CLIENT;
    }

    /**
     * True when Webex may have restored the IDs although the attempt failed: no response, or a 5xx other than
     * 503 (which, like 429, means nothing was done).
     */
    static boolean leavesItOpen(WebexClientException e) {
        int status = e instanceof WebexApiException api ? api.status() : 0;
        return kindOf(e) == FailureKind.SERVER_OR_NETWORK && status != 503;
    }

    /** {@link #leavesItOpen(WebexClientException)} for an outcome already made. */
    static boolean leavesItOpen(CallOutcome outcome) {
        return !outcome.isRestored() && outcome.failureKind().orElse(null) == FailureKind.SERVER_OR_NETWORK
                && outcome.status() != 503;
    }
}
