package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.BadId;
import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.bulk.RecordingOwner;
import io.github.wxrestore.bulk.RestoreSelection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the calls of a run from the unique input and the journal: IDs restored or presumed restored are left
 * out, and so are bad IDs unless the run retries them; IDs an
 * earlier call sent without restoring them are sent again as the same group (so IDs Webex may already have
 * restored, which fail as a whole, do not drag others down with them); the rest follow in input order, at most
 * {@code perCall} per call. A grouped run's IDs go out by owner: each owner's in input order, the owners in the
 * order of their first ID, and no call mixes owners. Stateless.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * The plan for a list of IDs, {@code selection} being the IDs as given, {@code unique} without duplicates and
     * {@code owners} whose each is; with {@code retryBadIds}, the IDs earlier runs found bad are sent again.
     */
    public static BulkPlan plan(RestoreSelection.Ids selection, UniqueIds unique, Owners owners,
                                JournalHistory history, int perCall, String siteUrl, String hostEmail,
                                boolean journalRecovered, boolean retryBadIds) {
        Set<String> restored = history.restored();
        Set<String> presumed = history.presumedRestored();
        Set<String> mayHaveBeenApplied = history.mayHaveBeenApplied();
        boolean grouped = owners.grouped();
        Map<String, Map<RecordingOwner, List<String>>> retried = new HashMap<>();
        // a grouped run's fresh IDs by owner, the owners in the order of their first ID
        Map<RecordingOwner, List<String>> freshByOwner = new LinkedHashMap<>();
        List<String> all = unique.ids();
        List<String> fresh = null; // until an ID is left out or retried, the fresh ones are all of them, uncopied
        List<BadId> knownBad = new ArrayList<>();
        int alreadyRestored = 0;
        int presumedRestored = 0;
        for (int i = 0; i < all.size(); i++) {
            String id = all.get(i);
            RecordingOwner owner = grouped ? owners.sentFor(unique.inputIndex(i)) : owners.runs();
            List<String> freshOfOwner = grouped ? freshByOwner.computeIfAbsent(owner, o -> new ArrayList<>()) : null;
            String call = history.lastCallOf(id);
            BadId bad = retryBadIds ? null : history.badId(id);
            if (call == null && bad == null && !restored.contains(id) && !presumed.contains(id)) {
                if (grouped) {
                    freshOfOwner.add(id);
                } else if (fresh != null) {
                    fresh.add(id);
                }
                continue;
            }
            if (!grouped && fresh == null) {
                fresh = new ArrayList<>(all.subList(0, i)); // the first ID that is not fresh: those before it are
            }
            if (restored.contains(id)) {
                alreadyRestored++;
            } else if (presumed.contains(id)) {
                presumedRestored++;
            } else if (bad != null) {
                knownBad.add(bad.withOwner(owner)); // the journal's fingerprint says it is the owner it had then
            } else {
                // a call's IDs share their owner; split by it all the same, so that no call could mix owners
                retried.computeIfAbsent(call, k -> new LinkedHashMap<>())
                        .computeIfAbsent(owner, o -> new ArrayList<>()).add(id);
            }
        }
        List<PlannedCall> calls = new ArrayList<>();
        for (String call : history.callOrder()) {
            Map<RecordingOwner, List<String>> ids = retried.get(call);
            if (ids != null) {
                // a spec limit lowered since the journal began: split further
                ids.forEach((owner, ofOwner) -> split(ofOwner, owner, perCall, mayHaveBeenApplied, calls));
            }
        }
        if (grouped) {
            freshByOwner.forEach((owner, ofOwner) -> split(ofOwner, owner, perCall, mayHaveBeenApplied, calls));
        } else {
            split(fresh == null ? all : fresh, owners.runs(), perCall, mayHaveBeenApplied, calls);
        }
        return new BulkPlan(selection, unique.ids(), alreadyRestored, presumedRestored, knownBad, false, calls,
                siteUrl, hostEmail, journalRecovered);
    }

    /** The plan of a restore-all run: one call of the run's owner, or none when the journal says it succeeded. */
    public static BulkPlan planRestoreAll(JournalHistory history, String siteUrl, String hostEmail,
                                          boolean journalRecovered) {
        boolean done = history.restoreAllDone();
        // restoring everything again is harmless (what was restored is no longer in the bin): a lost answer of an
        // earlier restore-all leaves nothing to flag
        List<PlannedCall> calls = done ? List.of()
                : List.of(new PlannedCall(1, RestoreSelection.all(), false, new RecordingOwner(siteUrl, hostEmail)));
        return new BulkPlan(RestoreSelection.all(), List.of(), 0, 0, List.of(), done, calls, siteUrl, hostEmail,
                journalRecovered);
    }

    // calls of at most perCall of these IDs of one owner, numbered after those already planned
    private static void split(List<String> ids, RecordingOwner owner, int perCall, Set<String> mayHaveBeenApplied,
                              List<PlannedCall> into) {
        for (int start = 0; start < ids.size(); start += perCall) {
            List<String> part = ids.subList(start, Math.min(ids.size(), start + perCall)); // the selection copies it
            into.add(new PlannedCall(into.size() + 1, RestoreSelection.ids(part),
                    part.stream().anyMatch(mayHaveBeenApplied::contains), owner));
        }
    }
}
