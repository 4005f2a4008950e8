package io.github.wxrestore.bulk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one call of a bulk run came to: the IDs it named (none for a restore-all call), whether they were
 * restored, and for a failure the HTTP status (0 when no response arrived), Webex's tracking ID, Webex's
 * message and error descriptions, and the {@link FailureKind}. Immutable and thread-safe.
 */
public final class CallOutcome {

    private final int number;
    private final List<String> recordingIds;
    private final boolean restoreAll;
    private final boolean restored;
    private final int status;
    private final String trackingId;
    private final String message;
    private final List<String> descriptions;
    private final FailureKind failureKind;
    private final int attempts;
    private final boolean possiblyRestored;

    private CallOutcome(int number, List<String> recordingIds, boolean restoreAll, boolean restored, int status,
                        String trackingId, String message, List<String> descriptions, FailureKind failureKind,
                        int attempts, boolean possiblyRestored) {
        this.number = number;
        this.recordingIds = List.copyOf(recordingIds);
        this.restoreAll = restoreAll;
        this.restored = restored;
        this.status = status;
        this.trackingId = trackingId;
        this.message = message;
        this.descriptions = List.copyOf(descriptions);
        this.failureKind = failureKind;
        this.attempts = attempts;
        this.possiblyRestored = possiblyRestored;
    }

    /** A call whose recordings were restored. */
    public static CallOutcome restored(int number, List<String> recordingIds, boolean restoreAll, int status,
                                       String trackingId, int attempts) {
        return new CallOutcome(number, recordingIds, restoreAll, true, status, trackingId, null, List.of(), null,
                attempts, false);
    }

    /** A call that failed; {@code status} 0 when no HTTP response arrived. */
    public static CallOutcome failed(int number, List<String> recordingIds, boolean restoreAll, int status,
                                     String trackingId, String message, List<String> descriptions,
                                     FailureKind kind, int attempts, boolean possiblyRestored) {
        return new CallOutcome(number, recordingIds, restoreAll, false, status, trackingId,
                Objects.requireNonNull(message, "message"), descriptions, Objects.requireNonNull(kind, "kind"),
                attempts, possiblyRestored);
    }

    /** The call's number in its run, from 1, in the order the calls were planned. */
    public int number() {
        return number;
    }

    /** The IDs the call named, in input order; empty for a restore-all call. */
    public List<String> recordingIds() {
        return recordingIds;
    }

    /** True for the one call of {@link BulkRestore#restoreAll()}. */
    public boolean isRestoreAll() {
        return restoreAll;
    }

    public boolean isRestored() {
        return restored;
    }

    /** The HTTP status of the last attempt; 0 when no response arrived (I/O failure, timeout). */
    public int status() {
        return status;
    }

    /**
     * Webex's tracking ID of the last attempt when it sent one, else the {@code TrackingID} this client sent;
     * quote it to Webex support. Null only when nothing was sent.
     */
    public Optional<String> trackingId() {
        return Optional.ofNullable(trackingId);
    }

    /** For a failure: Webex's message, or what went wrong when there was none. Empty for a success. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** For a failure: the {@code errors[].description} values of the Webex error body (may name the IDs). */
    public List<String> descriptions() {
        return descriptions;
    }

    /** For a failure: its kind. Empty for a success. */
    public Optional<FailureKind> failureKind() {
        return Optional.ofNullable(failureKind);
    }

    /** HTTP attempts the call took, retries included (0 if it failed before anything was sent). */
    public int attempts() {
        return attempts;
    }

    /**
     * True for a failure of IDs that an earlier attempt (in this run, or in one the journal recorded) sent without
     * a definite answer (an I/O failure, a timeout, a 5xx, or a run killed before the answer was written down):
     * Webex may have restored them then, and a 404 now most likely means it did.
     */
    public boolean isPossiblyRestored() {
        return possiblyRestored;
    }

    @Override
    public String toString() {
        String what = restoreAll ? "restore-all" : recordingIds.size() + " IDs";
        return "CallOutcome{call " + number + ", " + what + ", " + (restored ? "restored" : "failed " + failureKind)
                + ", status " + status + ", trackingId " + trackingId + ", attempts " + attempts
                + (message == null ? "" : ", message " + message) + (possiblyRestored ? ", possibly restored" : "")
                + "}";
    }
}
