package io.github.wxrestore.bulk;

import java.util.List;
import java.util.Objects;

/**
 * One call a bulk run will make. Immutable.
 *
 * @param number             from 1, in the order the calls start
 * @param selection          the IDs it names (distinct, in input order, at most the spec's limit), or all of the
 *                           recycle bin
 * @param mayHaveBeenApplied true when the journal shows an earlier run sent these IDs and got no definite answer:
 *                           Webex may have restored them then (see {@link CallOutcome#mayHaveBeenApplied()})
 */
public record PlannedCall(int number, RestoreSelection selection, boolean mayHaveBeenApplied) {

    /** Checks the selection is there. */
    public PlannedCall {
        Objects.requireNonNull(selection, "selection");
    }

    /** The IDs the call names; empty for a restore-all call. */
    public List<String> recordingIds() {
        return selection.recordingIds();
    }

}
