package io.github.wxrestore.bulk;

import io.github.wxrestore.client.FailureCategory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a bulk run: the plan it ran, what is restored (in this run, or before it according to the
 * journal), what is presumed restored, each failed call, the bad IDs, the IDs not sent because the run stopped,
 * and what it cost. Immutable.
 *
 * @param plan           the plan the run executed
 * @param restoredIds    distinct IDs restored, in this run or an earlier one recorded in the journal, in input
 *                       order
 * @param presumedRestoredIds distinct IDs presumed restored ({@link CallOutcome#presumedRestored()}), in this
 *                       run or an earlier one recorded in the journal, in input order; not in {@code failed}
 * @param restoreAllDone for a restore-all run: true when the call succeeded, now or (per the journal) before
 * @param failed         every call of this run that failed, in call order (a presumed restored call is not a
 *                       failure), each with its owner ({@link CallOutcome#owner()}); {@link #failedByOwner()}
 *                       groups them
 * @param badIds         IDs Webex answered for on their own ({@link BadId}): those this run found, each also in
 *                       {@code failed}, then those an earlier run found, which this run did not send
 * @param notAttempted   IDs never sent because the run stopped ({@link #stoppedBy()}), in input order
 * @param calls          calls this run sent (each counted once, however many attempts it took)
 * @param attempts       HTTP requests this run sent, retries included
 * @param serverWait     wall time during which calls of this run waited before a retry (a {@code Retry-After},
 *                       a backoff, or the client's pacing gate), overlaps counted once
 * @param elapsed        wall time of the run, from the first call to the last answer
 * @param stoppedBy      why the run stopped before its last call ({@link FailureCategory#AUTHORIZATION}), or
 *                       null when it did not
 * @param interrupted    true when the run was stopped before its end: the thread running it was interrupted,
 *                       or {@link BulkRestore.Builder#stopWhen} turned true; calls not started are in
 *                       {@code notAttempted}
 */
public record BulkReport(BulkPlan plan, List<String> restoredIds, List<String> presumedRestoredIds,
                         boolean restoreAllDone, List<CallOutcome> failed, List<BadId> badIds,
                         List<String> notAttempted, int calls, int attempts, Duration serverWait, Duration elapsed,
                         FailureCategory stoppedBy, boolean interrupted) {

    /** How the run ended, as a whole. */
    public enum Status {
        /** Every ID is restored or presumed restored (or the restore-all call succeeded). */
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
        presumedRestoredIds = List.copyOf(presumedRestoredIds);
        failed = List.copyOf(failed);
        badIds = List.copyOf(badIds);
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
        int settled = restoredIds.size() + presumedRestoredIds.size();
        if (failed.isEmpty() && badIds.isEmpty() && notAttempted.isEmpty() && settled == plan.unique()) {
            return Status.OK;
        }
        return settled == 0 ? Status.FAILED : Status.PARTIAL;
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

    /** Distinct IDs presumed restored, in this run or an earlier one; see {@link #presumedRestoredIds()}. */
    public int presumedRestored() {
        return presumedRestoredIds.size();
    }

    /** IDs the journal recorded as restored by an earlier run, which this run did not send again. */
    public int alreadyRestored() {
        return plan.alreadyRestored();
    }

    /** Requests sent again after a failed attempt ({@code attempts - calls}). */
    public int retries() {
        return attempts - calls;
    }

    /** The failed calls of each owner, the owners in the order of their first failure. */
    public Map<RecordingOwner, List<CallOutcome>> failedByOwner() {
        Map<RecordingOwner, List<CallOutcome>> byOwner = new LinkedHashMap<>();
        failed.forEach(f -> byOwner.computeIfAbsent(f.owner(), o -> new ArrayList<>()).add(f));
        byOwner.replaceAll((owner, ofOwner) -> List.copyOf(ofOwner));
        return Collections.unmodifiableMap(byOwner);
    }

    /** True when the journal ended in a torn line (a crash while writing it), which was dropped. */
    public boolean journalRecovered() {
        return plan.journalRecovered();
    }

    @Override
    public String toString() {
        return "BulkReport{" + status() + ", requested " + requested() + ", unique " + unique() + ", restored "
                + (selection().isAll() ? (restoreAllDone ? "all" : "none") : restoredIds.size())
                + ", already restored " + alreadyRestored()
                + (presumedRestoredIds.isEmpty() ? "" : ", presumed restored " + presumedRestoredIds.size())
                + ", failed calls " + failed.size() + (badIds.isEmpty() ? "" : ", bad IDs " + badIds.size())
                + ", not attempted "
                + notAttempted.size() + ", calls " + calls + ", retries " + retries() + ", server wait "
                + serverWait.toMillis() + " ms" + (stoppedBy == null ? "" : ", stopped by " + stoppedBy) + "}";
    }
}
