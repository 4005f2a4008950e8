package io.github.wxrestore.cli.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The recording IDs as {@link IdInput} read them, in order, with where each came from ({@code ids.txt line 7},
 * {@code --ids value 2}) so that a problem is reported where the person can fix it. Compact: per ID its string
 * and one int, the names of the sources once. Filled while reading, then read-only.
 */
public final class ReadIds {

    private final List<String> ids = new ArrayList<>();
    private int[] numbers = new int[64];
    private int fromValues; // the first IDs came from --ids values, the rest from the file
    private String fileName;

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
