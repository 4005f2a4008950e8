package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.BadId;
import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.bulk.RestoreSelection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the calls of a run from the unique input and the journal: IDs restored or presumed restored are left
 * out, and so are bad IDs unless the run retries them; IDs an
 * earlier call sent without restoring them are sent again as the same group (so IDs Webex may already have
 * restored, which fail as a whole, do not drag others down with them); the rest follow in input order, at most
 * {@code perCall} per call. Stateless.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * The plan for a list of IDs, {@code selection} being the IDs as given and {@code unique} without duplicates;
     * with {@code retryBadIds}, the IDs earlier runs found bad are sent again.
     */
    public static BulkPlan plan(RestoreSelection.Ids selection, UniqueIds unique, JournalHistory history,
                                int perCall, String siteUrl, String hostEmail, boolean journalRecovered,
                                boolean retryBadIds) {
        Set<String> restored = history.restored();
        Set<String> presumed = history.presumedRestored();
        Set<String> mayHaveBeenApplied = history.mayHaveBeenApplied();
        Map<String, List<String>> retried = new HashMap<>();
        List<String> all = unique.ids();
        List<String> fresh = null; // until an ID is left out or retried, the fresh ones are all of them, uncopied
        List<BadId> knownBad = new ArrayList<>();
        int alreadyRestored = 0;
        int presumedRestored = 0;
        for (int i = 0; i < all.size(); i++) {
            String id = all.get(i);
            String call = history.lastCallOf(id);
            BadId bad = retryBadIds ? null : history.badId(id);
            if (call == null && bad == null && !restored.contains(id) && !presumed.contains(id)) {
                if (fresh != null) {
                    fresh.add(id);
                }
                continue;
            }
            if (fresh == null) {
                fresh = new ArrayList<>(all.subList(0, i)); // the first ID that is not fresh: those before it are
            }
            if (restored.contains(id)) {
                alreadyRestored++;
            } else if (presumed.contains(id)) {
                presumedRestored++;
            } else if (bad != null) {
                knownBad.add(bad);
            } else {
                retried.computeIfAbsent(call, k -> new ArrayList<>()).add(id);
            }
        }
        fresh = fresh == null ? all : fresh;
        List<List<String>> groups = new ArrayList<>();
        for (String call : history.callOrder()) {
            List<String> ids = retried.get(call);
            if (ids != null) {
                split(ids, perCall, groups); // a spec limit lowered since the journal began: split further
            }
        }
        split(fresh, perCall, groups);
        List<PlannedCall> calls = new ArrayList<>(groups.size());
        for (List<String> ids : groups) {
            calls.add(new PlannedCall(calls.size() + 1, RestoreSelection.ids(ids),
                    ids.stream().anyMatch(mayHaveBeenApplied::contains)));
        }
        return new BulkPlan(selection, unique.ids(), alreadyRestored, presumedRestored, knownBad, false, calls,
                siteUrl, hostEmail, journalRecovered);
    }

    /** The plan of a restore-all run: one call, or none when the journal says it succeeded. */
    public static BulkPlan planRestoreAll(JournalHistory history, String siteUrl, String hostEmail,
                                          boolean journalRecovered) {
        boolean done = history.restoreAllDone();
        // restoring everything again is harmless (what was restored is no longer in the bin): a lost answer of an
        // earlier restore-all leaves nothing to flag
        List<PlannedCall> calls = done ? List.of()
                : List.of(new PlannedCall(1, RestoreSelection.all(), false));
        return new BulkPlan(RestoreSelection.all(), List.of(), 0, 0, List.of(), done, calls, siteUrl, hostEmail,
                journalRecovered);
    }

    private static void split(List<String> ids, int perCall, List<List<String>> into) {
        for (int start = 0; start < ids.size(); start += perCall) {
            into.add(ids.subList(start, Math.min(ids.size(), start + perCall))); // each call's selection copies it
        }
    }
}
