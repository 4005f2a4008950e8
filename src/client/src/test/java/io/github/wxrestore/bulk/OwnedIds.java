package io.github.wxrestore.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** IDs of one owner (null for the run's own), as an admin's listing names them. */
record OwnedIds(List<String> ids, RecordingOwner owner) {

    /**
     * A listing of these owners' IDs mixed as a listing by date mixes them: one ID of each owner in turn, an owner
     * left out once its IDs are done.
     */
    static RestoreSelection.Ids interleaved(OwnedIds... parts) {
        List<String> ids = new ArrayList<>();
        List<RecordingOwner> owners = new ArrayList<>();
        int longest = 0;
        for (OwnedIds part : parts) {
            longest = Math.max(longest, part.ids().size());
        }
        for (int i = 0; i < longest; i++) {
            for (OwnedIds part : parts) {
                if (i < part.ids().size()) {
                    ids.add(part.ids().get(i));
                    // a new object per ID, as a reader of an export makes them: the selection shares equal ones
                    owners.add(part.owner() == null ? null
                            : new RecordingOwner(part.owner().siteUrl(), part.owner().hostEmail()));
                }
            }
        }
        return RestoreSelection.owned(ids, owners);
    }

    /** {@code count} distinct IDs of 32 hex digits, from {@code first}. */
    static List<String> hexIds(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> String.format("%032x", i)).toList();
    }
}
