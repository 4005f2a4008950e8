package io.github.wxrestore.bulk.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a journal says happened in earlier runs: which IDs are restored, which Webex may have restored (sent
 * without a definite answer), and which call last named each ID (so a call that did not restore is retried as the same
 * group, keeping IDs Webex may already have restored apart from the others). Built while reading; not thread-safe.
 */
public final class JournalHistory {

    private final Set<String> restored = new HashSet<>();
    private final Set<String> appliedMaybe = new HashSet<>();
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
        ids.forEach(id -> lastCall.put(id, key));
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
            restoreAllDone |= restoreAllCalls.contains(key);
        } else if (mayHaveBeenApplied) {
            appliedMaybe.addAll(ids);
        }
        return true;
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
        return out;
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
