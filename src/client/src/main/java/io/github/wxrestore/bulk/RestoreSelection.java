package io.github.wxrestore.bulk;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Which recordings a bulk run, or one of its calls, restores: a list of IDs, each with its owner (the run's own
 * unless {@link #owned} says otherwise), or all of the host's recycle bin (the API's {@code restoreAll}). The
 * plan, the journal, each call and the report carry it. Immutable.
 */
public sealed interface RestoreSelection {

    /**
     * These recordings, in input order, every one the run's own (the builder's site and host); a plan removes
     * duplicates (the IDs of one planned call are distinct). A null among them is kept, for validation to name it
     * at its position.
     */
    static Ids ids(Collection<String> ids) {
        return new Ids(ids instanceof List<String> list ? list : Arrays.asList(ids.toArray(String[]::new)));
    }

    /**
     * These recordings, in input order, {@code owners.get(i)} owning {@code ids.get(i)} (a null owner, or a null
     * part of one, is the run's own): the admin listing's or an export's host and site of each recording. A plan
     * removes duplicates as {@link #ids} does, refuses an ID given for two owners, and groups the rest by owner
     * (owners that differ only in case are one, as Webex reads sites and emails); no call mixes owners. Equal
     * owners are kept once, so a million IDs of a handful of owners cost a reference each.
     *
     * @throws IllegalArgumentException when the lists differ in size
     */
    static Ids owned(List<String> ids, List<RecordingOwner> owners) {
        return new Ids(ids, owners);
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
     * A list of recording IDs and the owner of each.
     *
     * @param recordingIds the IDs, in input order; a null among them is kept for validation to report
     * @param owners       the owner of each ID, {@code owners.get(i)} of {@code recordingIds.get(i)}; never null
     *                     ({@link RecordingOwner#RUN_DEFAULTS} for the run's own), equal owners one object
     */
    record Ids(List<String> recordingIds, List<RecordingOwner> owners) implements RestoreSelection {

        /**
         * Copies the IDs (nulls kept) and the owners (a null read as the run's, equal ones shared).
         *
         * @throws IllegalArgumentException when the lists differ in size
         */
        public Ids {
            // without nulls, as List.copyOf makes it: the plan's own copy of the IDs (List.copyOf) is then this one
            recordingIds = hasNull(recordingIds)
                    ? Collections.unmodifiableList(Arrays.asList(recordingIds.toArray(String[]::new)))
                    : List.copyOf(recordingIds);
            owners = OwnerList.of(Objects.requireNonNull(owners, "owners"));
            if (owners.size() != recordingIds.size()) {
                throw new IllegalArgumentException(recordingIds.size() + " IDs and " + owners.size()
                        + " owners: give one owner for each ID (null for the run's own)");
            }
        }

        /** These IDs, every one the run's own. */
        public Ids(List<String> recordingIds) {
            this(recordingIds, OwnerList.runDefaults(recordingIds.size()));
        }

        /** The owner of the ID at {@code index}: {@link RecordingOwner#RUN_DEFAULTS} for the run's own. */
        public RecordingOwner ownerOf(int index) {
            return owners.get(index);
        }

        /** The owners the IDs name, each once, in the order of its first ID. */
        public List<RecordingOwner> distinctOwners() {
            return ((OwnerList) owners).distinct();
        }

        /** True when some ID names an owner other than {@link RecordingOwner#RUN_DEFAULTS}. */
        public boolean namesOwners() {
            List<RecordingOwner> distinct = distinctOwners();
            return distinct.size() > 1 || (distinct.size() == 1 && !distinct.get(0).isRunDefaults());
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
            List<RecordingOwner> distinct = distinctOwners();
            return recordingIds.size() + " IDs" + (!namesOwners() ? ""
                    : distinct.size() == 1 ? " of " + distinct.get(0) : " of " + distinct.size() + " owners");
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
