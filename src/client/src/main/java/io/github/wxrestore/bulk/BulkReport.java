package io.github.wxrestore.bulk;

import io.github.wxrestore.client.FailureCategory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of a bulk run: the plan it ran, what is restored (in this run, or before it according to the
 * journal), each failed call, the IDs not sent because the run stopped, and what it cost. Immutable.
 *
 * @param plan           the plan the run executed
 * @param restoredIds    distinct IDs restored, in this run or an earlier one recorded in the journal, in input
 *                       order
 * @param restoreAllDone for a restore-all run: true when the call succeeded, now or (per the journal) before
 * @param failed         every call of this run that failed, in call order
 * @param notAttempted   IDs never sent because the run stopped ({@link #stoppedBy()}), in input order
 * @param calls          calls this run sent (each counted once, however many attempts it took)
 * @param attempts       HTTP requests this run sent, retries included
 * @param serverWait     wall time during which calls of this run waited before a retry (a {@code Retry-After},
 *                       a backoff, or the client's pacing gate), overlaps counted once
 * @param elapsed        wall time of the run, from the first call to the last answer
 * @param stoppedBy      why the run stopped before its last call ({@link FailureCategory#AUTHORIZATION}), or
 *                       null when it did not
 * @param interrupted    true when the thread running the run was interrupted: calls not started are in
 *                       {@code notAttempted}
 */
public record BulkReport(BulkPlan plan, List<String> restoredIds, boolean restoreAllDone, List<CallOutcome> failed,
                         List<String> notAttempted, int calls, int attempts, Duration serverWait, Duration elapsed,
                         FailureCategory stoppedBy, boolean interrupted) {

    /** How the run ended, as a whole. */
    public enum Status {
        /** Every ID is restored (or the restore-all call succeeded). */
        OK,
        /** Some IDs are restored and some are not. */
        PARTIAL,
        /** Nothing is restored. */
        FAILED
    }

    /** Checks the counts and copies the lists. */
    public BulkReport {
        Objects.requireNonNull(plan, "plan");
        restoredIds = List.copyOf(restoredIds);
        failed = List.copyOf(failed);
        notAttempted = List.copyOf(notAttempted);
        Objects.requireNonNull(serverWait, "serverWait");
        Objects.requireNonNull(elapsed, "elapsed");
        if (attempts < calls) {
            throw new IllegalArgumentException("attempts (" + attempts + ") < calls (" + calls + ")");
        }
    }

    /** OK, PARTIAL or FAILED; see {@link Status}. */
    public Status status() {
        if (plan.selection().isAll()) {
            return restoreAllDone ? Status.OK : Status.FAILED;
        }
        if (failed.isEmpty() && notAttempted.isEmpty() && restoredIds.size() == plan.unique()) {
            return Status.OK;
        }
        return restoredIds.isEmpty() ? Status.FAILED : Status.PARTIAL;
    }

    /** What was asked: the IDs as given, or all of the recycle bin. */
    public RestoreSelection selection() {
        return plan.selection();
    }


    /** IDs given, duplicates included; 0 for restore-all. */
    public int requested() {
        return plan.requested();
    }

    /** Distinct IDs given. */
    public int unique() {
        return plan.unique();
    }

    /** Duplicates removed from the input. */
    public int duplicates() {
        return plan.duplicates();
    }

    /** Distinct IDs restored, in this run or an earlier one recorded in the journal. */
    public int restored() {
        return restoredIds.size();
    }

    /** IDs the journal recorded as restored by an earlier run, which this run did not send again. */
    public int alreadyRestored() {
        return plan.alreadyRestored();
    }

    /** Requests sent again after a failed attempt ({@code attempts - calls}). */
    public int retries() {
        return attempts - calls;
    }

    /** True when the journal ended in a torn line (a crash while writing it), which was dropped. */
    public boolean journalRecovered() {
        return plan.journalRecovered();
    }

    @Override
    public String toString() {
        return "BulkReport{" + status() + ", requested " + requested() + ", unique " + unique() + ", restored "
                + (selection().isAll() ? (restoreAllDone ? "all" : "none") : restoredIds.size())
                + ", already restored " + alreadyRestored() + ", failed calls " + failed.size() + ", not attempted "
                + notAttempted.size() + ", calls " + calls + ", retries " + retries() + ", server wait "
                + serverWait.toMillis() + " ms" + (stoppedBy == null ? "" : ", stopped by " + stoppedBy) + "}";
    }
}
