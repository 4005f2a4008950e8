package io.github.wxrestore.bulk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bulk run will do, built once before anything is sent: the selection validated, duplicates removed,
 * matched against the journal, and split into calls. {@link BulkRestore#plan} makes one; a dry run prints it,
 * {@link BulkRestore#execute} runs it, and {@link BulkProgressListener#started} hears it. Immutable.
 *
 * @param selection        what was asked: the IDs as given, or all of the recycle bin
 * @param uniqueIds        the distinct IDs, in first-seen order (empty for restoreAll)
 * @param alreadyRestored  distinct IDs the journal records as restored, which are not sent again
 * @param presumedRestored distinct IDs the journal records as presumed restored (a 404 after an answer that was
 *                         lost: see {@link CallOutcome#presumedRestored()}), which are not sent again
 * @param knownBadIds      IDs an earlier run found bad ({@link BadId}), per the journal, which are not sent again
 *                         (empty when the run was asked to retry them), in input order
 * @param restoreAllDone   true when the journal records that the restore-all call succeeded
 * @param calls            the calls to make, in order, each of one owner ({@link PlannedCall#owner()}): the calls
 *                         an earlier run left open first, then each owner's IDs in the order of its first ID
 * @param siteUrl          the run's site, of every ID whose owner names none; null for the user's preferred site
 * @param hostEmail        the run's host, of every ID whose owner names none; null for the caller's own
 *                         recordings
 * @param journalRecovered true when the journal ended in a torn line (a crash while writing it), dropped
 */
public record BulkPlan(RestoreSelection selection, List<String> uniqueIds, int alreadyRestored,
                       int presumedRestored, List<BadId> knownBadIds, boolean restoreAllDone, List<PlannedCall> calls, String siteUrl, String hostEmail,
                       boolean journalRecovered) {

    /** Copies the lists. */
    public BulkPlan {
        Objects.requireNonNull(selection, "selection");
        uniqueIds = List.copyOf(uniqueIds);
        knownBadIds = List.copyOf(knownBadIds);
        calls = List.copyOf(calls);
    }


    /** IDs given, duplicates included (0 for restoreAll). */
    public int requested() {
        return selection.recordingIds().size();
    }

    /** Distinct IDs given. */
    public int unique() {
        return uniqueIds.size();
    }

    /** Duplicates removed from the input ({@code requested - unique}). */
    public int duplicates() {
        return requested() - unique();
    }

    /** IDs the planned calls name, in all. */
    public int pendingIds() {
        return calls.stream().mapToInt(c -> c.recordingIds().size()).sum();
    }

    /** The calls of each owner, the owners in the order of their first call, each owner's calls in call order. */
    public Map<RecordingOwner, List<PlannedCall>> callsByOwner() {
        Map<RecordingOwner, List<PlannedCall>> byOwner = new LinkedHashMap<>();
        calls.forEach(c -> byOwner.computeIfAbsent(c.owner(), o -> new ArrayList<>()).add(c));
        byOwner.replaceAll((owner, ofOwner) -> List.copyOf(ofOwner));
        return Collections.unmodifiableMap(byOwner);
    }

    @Override
    public String toString() {
        return "BulkPlan{" + selection + ", unique " + unique() + ", already restored " + alreadyRestored
                + (presumedRestored > 0 ? ", presumed restored " + presumedRestored : "")
                + (knownBadIds.isEmpty() ? "" : ", known bad " + knownBadIds.size())
                + (restoreAllDone ? ", done before" : "") + ", calls " + calls.size()
                + (selection instanceof RestoreSelection.Ids ids && ids.namesOwners()
                ? " for " + callsByOwner().size() + " owners" : "") + ", siteUrl " + siteUrl
                + ", hostEmail " + hostEmail + (journalRecovered ? ", journal recovered" : "") + "}";
    }
}
