package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.BadId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a journal says happened in earlier runs: which IDs are restored, which are presumed restored (a 404 after
 * an answer that was lost), which are bad (404/410 about that ID), which Webex may have restored (sent without a
 * definite answer), and which call last named each ID (so a call that did not restore is retried as the same
 * group, keeping IDs Webex may already have restored apart from the others). Built while reading; not thread-safe.
 */
public final class JournalHistory {

    private final Set<String> restored = new HashSet<>();
    private final Set<String> appliedMaybe = new HashSet<>();
    private final Set<String> presumedRestored = new HashSet<>();
    private final Map<String, BadId> badIds = new HashMap<>();
    private final Map<String, String> lastCall = new HashMap<>();
    private final Map<String, List<String>> unansweredCalls = new LinkedHashMap<>();
    private final List<String> callOrder = new ArrayList<>();
    private final Set<String> knownCalls = new HashSet<>();
    private final Set<String> restoreAllCalls = new HashSet<>();
    private boolean restoreAllDone;
    private int runs;

    /** A journal with nothing in it. */
    public static JournalHistory empty() {
        return new JournalHistory();
    }

    void runStarted(int run) {
        runs = Math.max(runs, run);
    }

    /** A call was about to be sent; false when its key was seen before (a corrupt journal). */
    boolean callStarted(String key, List<String> ids, boolean restoreAll) {
        if (!knownCalls.add(key)) {
            return false;
        }
        if (restoreAll) {
            restoreAllCalls.add(key);
        }
        callOrder.add(key);
        unansweredCalls.put(key, ids);
        ids.forEach(id -> {
            lastCall.put(id, key);
            badIds.remove(id); // sent again (asked to retry it): the answer to come decides
        });
        return true;
    }

    /**
     * A call ended; false when no call with this key is waiting for its result (a corrupt journal).
     *
     * @param mayHaveBeenApplied true when the answer leaves open whether Webex restored the IDs (5xx, I/O, timeout)
     */
    boolean callEnded(String key, boolean restoredNow, boolean mayHaveBeenApplied) {
        List<String> ids = unansweredCalls.remove(key);
        if (ids == null) {
            return false;
        }
        if (restoredNow) {
            restored.addAll(ids);
            ids.forEach(badIds::remove);
            presumedRestored.removeAll(ids);
            restoreAllDone |= restoreAllCalls.contains(key);
        } else if (mayHaveBeenApplied) {
            appliedMaybe.addAll(ids);
        }
        return true;
    }

    /** A run found {@code bad.recordingId()} bad (ignored for an ID restored before). */
    void badId(BadId bad) {
        if (!restored.contains(bad.recordingId())) {
            badIds.put(bad.recordingId(), bad);
            appliedMaybe.remove(bad.recordingId()); // a verdict about the ID itself: the lost attempt did not restore it
        }
    }

    /** A run presumed these IDs restored (a 404 after an answer that was lost). */
    void presumedRestored(List<String> ids) {
        ids.stream().filter(id -> !restored.contains(id)).forEach(presumedRestored::add);
    }

    /** Distinct IDs some call restored. */
    public Set<String> restored() {
        return restored;
    }

    /**
     * IDs sent without a definite answer (a run killed before the answer was written, an I/O failure, a timeout,
     * a 5xx) and not restored since: Webex may have restored them. A later definite failure does not clear this,
     * since a 404 is exactly what an already restored ID gets.
     */
    public Set<String> mayHaveBeenApplied() {
        Set<String> out = new HashSet<>(appliedMaybe);
        unansweredCalls.values().forEach(out::addAll);
        out.removeAll(restored);
        out.removeAll(presumedRestored);
        return out;
    }

    /** Distinct IDs presumed restored and not restored since. */
    public Set<String> presumedRestored() {
        return presumedRestored;
    }

    /** The bad ID {@code id}, or null when the journal records none such (or it was sent again since). */
    public BadId badId(String id) {
        return badIds.get(id);
    }

    /** The key of the last call that named {@code id}, or null when none did. */
    public String lastCallOf(String id) {
        return lastCall.get(id);
    }

    /** Call keys in the order the journal recorded them. */
    public List<String> callOrder() {
        return callOrder;
    }

    /** True when a restore-all call succeeded. */
    public boolean restoreAllDone() {
        return restoreAllDone;
    }

    /** Runs recorded so far. */
    public int runs() {
        return runs;
    }
}
