package io.github.wxrestore.bulk;

import java.util.Objects;

/**
 * A recording ID that Webex answered for on its own: a call that named it alone, or an answer whose description
 * named it as the cause, got 404 (not in the recycle bin: restored since, purged, or mistyped) or 410 (purged). A
 * run with a journal records it, and a later run of the same input does not send it again unless
 * {@link BulkRestore.Builder#retryBadIds(boolean)} asks it to. Immutable.
 *
 * @param recordingId the ID
 * @param status      404 or 410
 * @param description what Webex said about it (its error description, or its message)
 * @param run         the journal's run that got the answer (1 without a journal)
 * @param owner       whose recording it was said to be: the site and host of the call that got the answer
 *                    ({@link PlannedCall#owner()})
 */
public record BadId(String recordingId, int status, String description, int run, RecordingOwner owner) {

    /** Checks that the ID, what Webex said and the owner are there. */
    public BadId {
        Objects.requireNonNull(recordingId, "recordingId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
    }

    /** A bad ID of a call that sent no {@code siteUrl} and no {@code hostEmail}. */
    public BadId(String recordingId, int status, String description, int run) {
        this(recordingId, status, description, run, RecordingOwner.RUN_DEFAULTS);
    }

    /** This bad ID, of {@code owner}. */
    public BadId withOwner(RecordingOwner owner) {
        return new BadId(recordingId, status, description, run, owner);
    }
}
