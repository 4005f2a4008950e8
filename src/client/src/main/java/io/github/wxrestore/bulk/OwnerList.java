package io.github.wxrestore.bulk;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The owner of each ID of a selection, kept compactly: one reference per ID to an owner that every ID of that
 * owner shares (equal owners become one object), or no per-ID storage at all when every ID has the same owner.
 * A null given for an ID reads as {@link RecordingOwner#RUN_DEFAULTS}. Immutable.
 */
final class OwnerList extends AbstractList<RecordingOwner> implements RandomAccess {

    private final int size;
    private final RecordingOwner[] perId; // null when every ID has the one owner in distinct
    private final List<RecordingOwner> distinct;

    private OwnerList(int size, RecordingOwner[] perId, List<RecordingOwner> distinct) {
        this.size = size;
        this.perId = perId;
        this.distinct = distinct;
    }

    /** {@code owners}, equal ones shared; an OwnerList already is, and is kept as it is. */
    static OwnerList of(List<RecordingOwner> owners) {
        if (owners instanceof OwnerList list) {
            return list;
        }
        RecordingOwner[] perId = owners.toArray(new RecordingOwner[0]);
        Map<RecordingOwner, RecordingOwner> shared = new LinkedHashMap<>();
        for (int i = 0; i < perId.length; i++) {
            RecordingOwner owner = perId[i] == null ? RecordingOwner.RUN_DEFAULTS : perId[i];
            RecordingOwner first = shared.putIfAbsent(owner, owner);
            perId[i] = first == null ? owner : first;
        }
        List<RecordingOwner> distinct = List.copyOf(shared.keySet());
        return new OwnerList(perId.length, distinct.size() > 1 ? perId : null, distinct);
    }

    /** {@code size} IDs, all the run's own. */
    static OwnerList runDefaults(int size) {
        return new OwnerList(size, null, size == 0 ? List.of() : List.of(RecordingOwner.RUN_DEFAULTS));
    }

    /** Each owner once, in the order of its first ID. */
    List<RecordingOwner> distinct() {
        return distinct;
    }

    @Override
    public RecordingOwner get(int index) {
        Objects.checkIndex(index, size);
        return perId == null ? distinct.get(0) : perId[index];
    }

    @Override
    public int size() {
        return size;
    }
}
