package io.github.wxrestore.bulk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of a bulk run without duplicates, in first-seen order, remembering where each ID first appeared
 * (to name the input position of a problem). Immutable.
 */
public final class UniqueIds {

    private final int requested;
    private final List<String> ids;
    private final int[] firstIndex;

    private UniqueIds(int requested, List<String> ids, int[] firstIndex) {
        this.requested = requested;
        this.ids = ids;
        this.firstIndex = firstIndex;
    }

    /** Removes duplicates (nulls are kept once, for validation to report). */
    public static UniqueIds of(List<String> input) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < input.size(); i++) {
            first.putIfAbsent(input.get(i), i);
        }
        List<String> ids = new ArrayList<>(first.keySet());
        int[] index = first.values().stream().mapToInt(Integer::intValue).toArray();
        return new UniqueIds(input.size(), java.util.Collections.unmodifiableList(ids), index);
    }

    public int requested() {
        return requested;
    }

    public int size() {
        return ids.size();
    }

    public List<String> ids() {
        return ids;
    }

    /** Where the {@code uniqueIndex}-th distinct ID first appeared in the input. */
    public int inputIndex(int uniqueIndex) {
        return firstIndex[uniqueIndex];
    }

    /**
     * A fingerprint of the set of IDs, independent of their order and of duplicates: {@code sha256:} and the hex
     * SHA-256 of the sorted IDs, one per line.
     */
    public String fingerprint() {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        MessageDigest sha256 = sha256();
        for (String id : sorted) {
            sha256.update(id.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
