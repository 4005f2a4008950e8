package io.github.wxrestore.bulk;

import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.RetryReason;

import java.time.Duration;

/**
 * Hears how a bulk run goes, for a progress bar or a log. Methods are called from the run's worker threads, so
 * an implementation must be thread-safe; they should return quickly. An exception thrown from
 * {@link #started} or {@link #callFinished} stops the run as a crash would (no new call starts, calls in flight
 * finish and are journaled), and {@link BulkRestore#execute} rethrows it; one thrown from the waiting events
 * (heard through the client's {@link io.github.wxrestore.client.AttemptListener}) is logged and ignored.
 */
public interface BulkProgressListener {

    /** Nothing to hear. */
    BulkProgressListener NONE = new BulkProgressListener() {
    };

    /** The run starts with this plan (after validation and the journal check). */
    default void started(BulkPlan plan) {
    }

    /** A call ended, restored or failed; when it was sent, its outcome is already in the journal. */
    default void callFinished(CallOutcome outcome) {
    }

    /**
     * {@code call} got {@code answer} (its status, or its failure with the category) and is tried again after
     * {@code wait}; when {@link RetryReason#pacesEveryCall()}, every call of the client waits with it.
     */
    default void retryScheduled(PlannedCall call, AttemptAnswer answer, Duration wait, RetryReason reason) {
    }

    /** {@code call} waits {@code wait} before its next attempt because another call of the client was asked to. */
    default void pausedByGate(PlannedCall call, Duration wait) {
    }
}
