package io.github.wxrestore.bulk;

import java.util.List;

/**
 * What a bulk run will do with its input, before anything is sent: the counts, what the journal says is
 * already restored, and the calls still to make. {@link BulkRestore#plan} returns one for a dry run, and
 * {@link BulkProgressListener#started} receives the plan of the run that starts. Immutable.
 *
 * @param requested        IDs given, duplicates included (0 for restore-all)
 * @param unique           distinct IDs
 * @param alreadyRestored  distinct IDs the journal records as restored, which are not sent again
 * @param restoreAllDone   true when the journal records that the restore-all call succeeded
 * @param calls            the calls to make, in order
 * @param siteUrl          the site of every call, or null for the user's preferred site
 * @param hostEmail        the host of every call, or null for the caller's own recordings
 * @param restoreAll       true for a restore-all run
 * @param journalRecovered true when the journal ended in a torn line (a crash while writing it), now dropped
 */
public record BulkPlan(int requested, int unique, int alreadyRestored, boolean restoreAllDone,
                       List<PlannedCall> calls, String siteUrl, String hostEmail, boolean restoreAll,
                       boolean journalRecovered) {

    /** Copies the calls. */
    public BulkPlan {
        calls = List.copyOf(calls);
    }

    /** Duplicates removed from the input ({@code requested - unique}). */
    public int duplicates() {
        return requested - unique;
    }

    /** IDs the planned calls name, in all. */
    public int pendingIds() {
        return calls.stream().mapToInt(c -> c.recordingIds().size()).sum();
    }
}
