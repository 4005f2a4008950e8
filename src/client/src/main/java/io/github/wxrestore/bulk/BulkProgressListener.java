package io.github.wxrestore.bulk;

import java.time.Duration;

/**
 * Hears how a bulk run goes, for a progress bar or a log. Methods are called from the run's worker threads, so
 * an implementation must be thread-safe; they should return quickly. An exception thrown from one stops the
 * run as a crash would (no new call starts, calls in flight finish and are journaled), and
 * {@link BulkRestore#run} rethrows it.
 */
public interface BulkProgressListener {

    /** Nothing to hear. */
    BulkProgressListener NONE = new BulkProgressListener() {
    };

    /** The run starts with this plan (after validation and the journal check). */
    default void started(BulkPlan plan) {
    }

    /** A call ended, restored or failed, and its outcome is already in the journal. */
    default void callFinished(CallOutcome outcome) {
    }

    /**
     * Every worker pauses: call {@code callNumber} got {@code status} (0 for no response) and will be retried
     * after {@code wait}.
     */
    default void paused(int callNumber, int status, Duration wait) {
    }
}
