package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.CallOutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the IDs that sank a call. Webex answers a call all or nothing: when one of its IDs is not in the recycle
 * bin (404 Not Found) or was purged (410 Gone), nothing is restored. Those two answers are about IDs, so the
 * others deserve a call of their own: the IDs the error's descriptions name when they name some (one more call
 * for the rest), else two halves (bisection: at most 2 x log2(n) + 1 calls per bad ID). A 409 Conflict is about
 * the recordings' state, not a wrong ID, and is not split. Stateless.
 */
final class BadIds {

    private BadIds() {
    }

    /**
     * True when {@code failed} may be an answer about some of its call's IDs, and the call named more than one.
     * Not for a 404 after an attempt that may have been applied and that names every ID: that attempt most likely
     * restored them all ({@link CallOutcome#presumedRestored()}). Such a 404 that names none is halved like any
     * other: the parts Webex still has are restored, the others end as presumed restored.
     */
    static boolean worthIsolating(CallOutcome failed) {
        if (failed.restored() || (failed.status() != 404 && failed.status() != 410)
                || failed.recordingIds().size() < 2) {
            return false;
        }
        return !(failed.status() == 404 && failed.mayHaveBeenApplied()
                && named(failed).size() == failed.recordingIds().size());
    }

    /**
     * True when {@code outcome} is about its one ID alone: a 410 (purged), or a 404 that no attempt that may have
     * been applied explains. The run decides whether the answer was about IDs at all.
     */
    static boolean isBad(CallOutcome outcome) {
        return !outcome.restored() && outcome.recordingIds().size() == 1
                && (outcome.status() == 410 || (outcome.status() == 404 && !outcome.mayHaveBeenApplied()));
    }

    /**
     * The call's IDs that its error descriptions name, each with the description that names it, in call order;
     * empty when they name none (then {@link #halves}). Only a description that names exactly one of the call's
     * IDs counts: one that lists several ("could not restore A, B") says nothing about which of them is at fault.
     */
    static Map<String, String> named(CallOutcome failed) {
        Set<String> ids = new HashSet<>(failed.recordingIds());
        Map<String, String> byId = new HashMap<>();
        for (String description : failed.descriptions()) {
            Set<String> inIt = new LinkedHashSet<>();
            for (String token : description.split("[\\s,;:.=/<>|`'\"()\\[\\]{}]+")) {
                if (ids.contains(token)) {
                    inIt.add(token);
                }
            }
            if (inIt.size() == 1) {
                byId.putIfAbsent(inIt.iterator().next(), description);
            }
        }
        Map<String, String> inCallOrder = new LinkedHashMap<>();
        for (String id : failed.recordingIds()) {
            if (byId.containsKey(id)) {
                inCallOrder.put(id, byId.get(id));
            }
        }
        return inCallOrder;
    }

    /** The call's IDs in two halves, in call order. */
    static List<List<String>> halves(List<String> ids) {
        int middle = ids.size() / 2;
        return List.of(new ArrayList<>(ids.subList(0, middle)), new ArrayList<>(ids.subList(middle, ids.size())));
    }
}
