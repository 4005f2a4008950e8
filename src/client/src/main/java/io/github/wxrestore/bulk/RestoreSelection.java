package io.github.wxrestore.bulk;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Which recordings a bulk run, or one of its calls, restores: a list of IDs, or all of the host's recycle bin (the
 * API's {@code restoreAll}). The plan, the journal, each call and the report carry it. Immutable.
 */
public sealed interface RestoreSelection {

    /**
     * These recordings, in input order; a plan removes duplicates (the IDs of one planned call are distinct). A
     * null among them is kept, for validation to name it at its position.
     */
    static Ids ids(Collection<String> ids) {
        return new Ids(ids instanceof List<String> list ? list : Arrays.asList(ids.toArray(String[]::new)));
    }

    /** All of the recycle bin, in one call ({@code restoreAll}). */
    static All all() {
        return All.INSTANCE;
    }

    /** The IDs this selection names; empty for {@link All}. */
    List<String> recordingIds();

    /** True for {@link All}. */
    default boolean isAll() {
        return this instanceof All;
    }

    /**
     * A list of recording IDs.
     *
     * @param recordingIds the IDs, in input order; a null among them is kept for validation to report
     */
    record Ids(List<String> recordingIds) implements RestoreSelection {

        /** Copies the IDs (nulls kept). */
        public Ids {
            // without nulls, as List.copyOf makes it: the plan's own copy of the IDs (List.copyOf) is then this one
            recordingIds = hasNull(recordingIds)
                    ? Collections.unmodifiableList(Arrays.asList(recordingIds.toArray(String[]::new)))
                    : List.copyOf(recordingIds);
        }

        private static boolean hasNull(List<String> ids) {
            for (String id : ids) { // not contains(null): some lists refuse to be asked
                if (id == null) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return recordingIds.size() + " IDs";
        }
    }

    /** All of the recycle bin of the host on the site; the API does not say how many recordings that is. */
    record All() implements RestoreSelection {

        private static final All INSTANCE = new All();

        @Override
        public List<String> recordingIds() {
            return List.of();
        }

        @Override
        public String toString() {
            return "restoreAll";
        }
    }
}
