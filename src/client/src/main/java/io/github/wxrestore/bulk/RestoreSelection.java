package io.github.wxrestore.bulk;

import java.util.Collection;
import java.util.List;

/**
 * Which recordings a bulk run, or one of its calls, restores: a list of IDs, or everything in the host's recycle
 * bin. The plan, the journal, each call and the report carry it. Immutable.
 */
public sealed interface RestoreSelection {

    /** These recordings, in input order (the plan of a run removes duplicates; the IDs of one call are distinct). */
    static Ids ids(Collection<String> ids) {
        return new Ids(List.copyOf(ids));
    }

    /** Everything in the recycle bin, in one call ({@code restoreAll}). */
    static Everything everything() {
        return Everything.INSTANCE;
    }

    /** The IDs this selection names; empty for {@link Everything}. */
    List<String> recordingIds();

    /**
     * A list of recording IDs.
     *
     * @param recordingIds the IDs, in input order; a null among them is kept for validation to report
     */
    record Ids(List<String> recordingIds) implements RestoreSelection {

        /** Copies the IDs (nulls kept). */
        public Ids {
            recordingIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(recordingIds));
        }

        @Override
        public String toString() {
            return recordingIds.size() + " IDs";
        }
    }

    /** Everything in the recycle bin of the host on the site; the API does not say how many recordings that is. */
    record Everything() implements RestoreSelection {

        private static final Everything INSTANCE = new Everything();

        @Override
        public List<String> recordingIds() {
            return List.of();
        }

        @Override
        public String toString() {
            return "everything";
        }
    }
}
