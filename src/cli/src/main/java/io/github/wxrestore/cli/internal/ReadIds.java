package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.RecordingOwner;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The recording IDs as {@link IdInput} read them, in order, with where each came from ({@code ids.txt line 7},
 * {@code --ids value 2}) so that a problem is reported where the person can fix it, and, for a CSV file that
 * names them, whose each ID is (its site and host). Compact: per ID its string and one int (two with owners),
 * the names of the sources and each distinct owner once. Filled while reading, then read-only.
 */
public final class ReadIds {

    private final List<String> ids = new ArrayList<>();
    private int[] numbers = new int[64];
    private int fromValues; // the first IDs came from --ids values, the rest from the file
    private String fileName;
    private final List<RecordingOwner> owners = new ArrayList<>(); // distinct, in order of first appearance
    private final Map<RecordingOwner, Integer> ownerIndex = new HashMap<>();
    private int[] ownerOf; // null until an ID has an owner; -1 for an ID without one

    ReadIds() {
    }

    /** No IDs: before anything was read. */
    public static ReadIds none() {
        return new ReadIds();
    }

    void addValue(String id, int valueNumber) {
        add(id, valueNumber);
        fromValues = ids.size();
    }

    void addLine(String file, String id, int lineNumber) {
        fileName = file;
        add(id, lineNumber);
    }

    void addLine(String file, String id, int lineNumber, String siteUrl, String hostEmail) {
        addLine(file, id, lineNumber);
        if (siteUrl == null && hostEmail == null) {
            return;
        }
        int index = ownerIndex.computeIfAbsent(new RecordingOwner(siteUrl, hostEmail), owner -> {
            owners.add(owner);
            return owners.size() - 1;
        });
        if (ownerOf == null) {
            ownerOf = new int[Math.max(64, numbers.length)];
            Arrays.fill(ownerOf, -1);
        }
        if (ownerOf.length < numbers.length) {
            int old = ownerOf.length;
            ownerOf = Arrays.copyOf(ownerOf, numbers.length);
            Arrays.fill(ownerOf, old, ownerOf.length, -1);
        }
        ownerOf[ids.size() - 1] = index;
    }

    /** True when some ID came with an owner (a CSV file with a siteUrl or hostEmail column that was filled). */
    public boolean hasOwners() {
        return ownerOf != null;
    }

    /**
     * Whose the {@code index}-th ID is, as a CSV file's {@code siteUrl} and {@code hostEmail} columns say, or null:
     * the run's own ({@code --site-url}, {@code --host-email}, or the token's user). A null part is the run's too.
     */
    public RecordingOwner owner(int index) {
        if (ownerOf == null || index >= ownerOf.length || ownerOf[index] < 0) {
            return null;
        }
        return owners.get(ownerOf[index]);
    }

    private void add(String id, int number) {
        if (ids.size() == numbers.length) {
            numbers = Arrays.copyOf(numbers, 2 * numbers.length);
        }
        numbers[ids.size()] = number;
        // a String caches its hash: computed now, while its characters are in the CPU's cache, deduplication
        // later reads one field instead of fetching a million strings' characters from memory again
        id.hashCode();
        ids.add(id);
    }

    public int size() {
        return ids.size();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The owner of each ID ({@link #owner}), in input order (a view). */
    public List<RecordingOwner> owners() {
        return new AbstractList<>() {
            @Override
            public RecordingOwner get(int index) {
                return owner(index);
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }

    /** The IDs, in input order (a view). */
    public List<String> ids() {
        return new View();
    }

    /** Where the {@code index}-th ID was read: {@code ids.txt line 7}, {@code --ids value 2}. */
    public String origin(int index) {
        return index < fromValues ? "--ids value " + numbers[index] : fileName + " line " + numbers[index];
    }

    private final class View extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            return ids.get(index);
        }

        @Override
        public int size() {
            return ids.size();
        }
    }
}
