package io.github.wxrestore.bulk;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The journal of a bulk run cannot be used: it belongs to another input, it is corrupt, another run holds it,
 * or it cannot be read or written. {@link #reason()} says which. Unless the reason is {@link Reason#WRITE_FAILED},
 * nothing was sent. Immutable.
 */
public final class BulkJournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the journal. */
    public enum Reason {
        /** It was written for other IDs, another site or host, or restore-all: nothing was sent. */
        MISMATCH,
        /** The file is not a journal (no journal header): it was left as it was, and nothing was sent. */
        NOT_A_JOURNAL,
        /** A line other than a torn last one is not a journal record: nothing was sent. */
        CORRUPT,
        /** Another run holds its lock: nothing was sent. */
        IN_USE,
        /** It cannot be created, opened or read: nothing was sent. */
        UNUSABLE,
        /** Writing to it failed during the run: the run stopped; what the file holds is still valid. */
        WRITE_FAILED
    }

    private final Reason reason;
    private final transient Path path;

    public BulkJournalException(Reason reason, Path path, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.path = path;
    }

    public Reason reason() {
        return reason;
    }

    /** The journal file. */
    public Path path() {
        return path;
    }
}
