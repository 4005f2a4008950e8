package io.github.wxrestore.bulk;

import io.github.wxrestore.client.FailureCategory;

import java.util.List;
import java.util.Objects;

/**
 * What one call of a bulk run came to. Immutable and thread-safe.
 *
 * @param call               the planned call
 * @param restored           true when its recordings were restored
 * @param status             the HTTP status of the last attempt; 0 when no response arrived (I/O failure, timeout)
 *                           or nothing was sent
 * @param trackingId         Webex's tracking ID of the last attempt when it sent one, else the {@code TrackingID}
 *                           this client sent; quote it to Webex support. Null only when nothing was sent
 * @param message            for a failure, Webex's message, or what went wrong when there was none; null for a
 *                           success
 * @param descriptions       for a failure, the {@code errors[].description} values of the Webex error body
 * @param category           for a failure, its category; null for a success
 * @param attempts           HTTP attempts the call took, retries included (0 if it failed before anything was sent)
 * @param mayHaveBeenApplied for a failure, true when Webex may have restored the IDs anyway: an attempt of this
 *                           call, or of an earlier run the journal recorded, was sent and got no definite answer.
 *                           A 404 after that most likely means the IDs were restored then
 */
public record CallOutcome(PlannedCall call, boolean restored, int status, String trackingId, String message,
                          List<String> descriptions, FailureCategory category, int attempts,
                          boolean mayHaveBeenApplied) {

    /** Checks that a failure says what it is, and copies the descriptions. */
    public CallOutcome {
        Objects.requireNonNull(call, "call");
        descriptions = List.copyOf(descriptions);
        if (!restored) {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(category, "category");
        }
    }

    /**
     * True for a 404 after an attempt that may have been applied ({@link #mayHaveBeenApplied()}): Webex no longer
     * has these recordings in the recycle bin, and the likeliest reason is that the attempt whose answer was lost
     * restored them. A bulk run counts them as presumed restored ({@link BulkReport#presumedRestoredIds()}), not
     * as failures. An inference, not Webex's word: listing the recycle bin confirms it.
     */
    public boolean presumedRestored() {
        return !restored && status == 404 && mayHaveBeenApplied;
    }

    /** The call's number in its run. */
    public int number() {
        return call.number();
    }

    /** The IDs the call named, in input order; empty for a restore-all call. */
    public List<String> recordingIds() {
        return call.recordingIds();
    }

    /** Whose recordings the call named: the site and host it sent ({@link PlannedCall#owner()}). */
    public RecordingOwner owner() {
        return call.owner();
    }

    @Override
    public String toString() {
        return "CallOutcome{call " + call.number() + ", " + call.selection() + " of " + call.owner() + ", "
                + (restored ? "restored" : "failed " + category) + ", status " + status + ", trackingId " + trackingId
                + ", attempts " + attempts + (message == null ? "" : ", message " + message)
                + (presumedRestored() ? ", presumed restored" : mayHaveBeenApplied ? ", may have been applied" : "")
                + "}";
    }
}
