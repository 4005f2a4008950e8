package io.github.wxrestore.validation.internal;

/**
 * Where each distinct ID of one list was first seen: an open-addressing table sized once for the list. A
 * HashMap would hold a node and a boxed position per ID, and a bulk run validates a million IDs in calls of 100.
 * Not thread-safe: one per list.
 */
final class FirstSeen {

    private final String[] ids;
    private final int[] positions;
    private final int mask;

    /** A table for at most {@code count} IDs. */
    FirstSeen(int count) {
        int size = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1; // at least twice as many slots
        ids = new String[size];
        positions = new int[size];
        mask = size - 1;
    }

    /** Records {@code id} at {@code position}; returns where it was seen before, or -1 the first time. */
    int putIfAbsent(String id, int position) {
        int hash = id.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (ids[slot] != null) {
            if (ids[slot].equals(id)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        ids[slot] = id;
        positions[slot] = position;
        return -1;
    }
}
