package io.github.wxrestore.bulk;

import java.util.List;
import java.util.Objects;

/**
 * One call a bulk run will make. Immutable.
 *
 * @param number             from 1, in the order the calls start
 * @param selection          the IDs it names (distinct, in input order, at most the spec's limit, all of
 *                           {@code owner}), or all of the recycle bin
 * @param mayHaveBeenApplied true when the journal shows an earlier run sent these IDs and got no definite answer:
 *                           Webex may have restored them then (see {@link CallOutcome#mayHaveBeenApplied()})
 * @param owner              whose recordings they are, resolved against the run's defaults: exactly the
 *                           {@code siteUrl} (body) and {@code hostEmail} (query) the call sends, a null part sent
 *                           as none
 */
public record PlannedCall(int number, RestoreSelection selection, boolean mayHaveBeenApplied, RecordingOwner owner) {

    /** Checks the selection and the owner are there. */
    public PlannedCall {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(owner, "owner");
    }

    /** A call that sends no {@code siteUrl} and no {@code hostEmail} (the owner {@link RecordingOwner#RUN_DEFAULTS}). */
    public PlannedCall(int number, RestoreSelection selection, boolean mayHaveBeenApplied) {
        this(number, selection, mayHaveBeenApplied, RecordingOwner.RUN_DEFAULTS);
    }

    /** The IDs the call names; empty for a restore-all call. */
    public List<String> recordingIds() {
        return selection.recordingIds();
    }

    /** The {@code siteUrl} the call sends, or null for none: {@code owner().siteUrl()}. */
    public String siteUrl() {
        return owner.siteUrl();
    }

    /** The {@code hostEmail} the call sends, or null for none: {@code owner().hostEmail()}. */
    public String hostEmail() {
        return owner.hostEmail();
    }
}
