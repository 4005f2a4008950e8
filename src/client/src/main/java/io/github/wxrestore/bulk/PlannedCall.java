package io.github.wxrestore.bulk;

import java.util.List;

/**
 * One call a bulk run will make: its number, the IDs it names (empty for restore-all), and whether an earlier
 * run left these IDs without a definite answer (see {@link CallOutcome#isPossiblyRestored()}). Immutable.
 *
 * @param number           from 1, in the order the calls start
 * @param recordingIds     in input order (at most the spec's limit per call); empty for restore-all
 * @param restoreAll       true for the one call of a restore-all run
 * @param possiblyRestored true when the journal shows these IDs were sent before without a definite answer
 */
public record PlannedCall(int number, List<String> recordingIds, boolean restoreAll, boolean possiblyRestored) {

    /** Copies the IDs. */
    public PlannedCall {
        recordingIds = List.copyOf(recordingIds);
    }
}
