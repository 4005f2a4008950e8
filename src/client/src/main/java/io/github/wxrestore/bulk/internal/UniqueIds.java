package io.github.wxrestore.bulk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The input of a bulk run without duplicates, in first-seen order, remembering where each ID first appeared
 * (to name the input position of a problem). Immutable.
 */
public final class UniqueIds {

    private static final String FINGERPRINT_PREFIX = "set128:";
    private static final String LEGACY_PREFIX = "sha256:";
    private static final Salt NO_SALT = new Hashes(0, 0);

    /** Hears each repeat of an ID while duplicates are removed. */
    @FunctionalInterface
    public interface DuplicateListener {

        /** The ID at input position {@code position} is the one first seen at {@code firstPosition}. */
        void repeated(int firstPosition, int position);
    }

    /**
     * Two 64-bit values added to an ID's two hashes before they are mixed, in a fingerprint of pairs: the
     * salt of what the ID is paired with (its owner).
     */
    public interface Salt {

        long first();

        long second();
    }

    /** Two hashes of a text, each mixed: a {@link Salt}. */
    private record Hashes(long first, long second) implements Salt {
    }

    private final int requested;
    private final List<String> ids;
    private final int[] firstIndex; // null when the input had no duplicates: the i-th distinct ID is the i-th input

    private UniqueIds(int requested, List<String> ids, int[] firstIndex) {
        this.requested = requested;
        this.ids = ids;
        this.firstIndex = firstIndex;
    }

    /**
     * Removes duplicates (nulls are kept once, for validation to report). {@code input} is an immutable list (a
     * selection's IDs): without duplicates, it is kept as it is, not copied.
     */
    public static UniqueIds of(List<String> input) {
        return of(input, (firstPosition, position) -> { });
    }

    /** {@link #of(List)}, telling {@code duplicates} of each repeat as it is found, in input order. */
    public static UniqueIds of(List<String> input, DuplicateListener duplicates) {
        int size = input.size();
        // open addressing over input positions: a HashSet would hold a 32-byte node per ID (a million IDs: 32 MB,
        // and as many objects for the collector to copy), this table 4 bytes per slot. Each slot holds the
        // position + 1 (0 marks a free slot) in its low bits and, in the bits left over, the top bits of the ID's
        // hash: a probe compares those first and reads an ID only when they match
        int[] table = new int[Math.max(16, Integer.highestOneBit(Math.max(1, size) * 2 - 1) << 1)];
        int mask = table.length - 1;
        int positionBits = 32 - Integer.numberOfLeadingZeros(size);
        int positionMask = (int) ((1L << positionBits) - 1);
        BitSet repeats = null;
        for (int i = 0; i < size; i++) {
            String id = input.get(i);
            int hash = spread(Objects.hashCode(id));
            int tag = hash & ~positionMask;
            int slot = hash & mask;
            int entry;
            while ((entry = table[slot]) != 0
                    && ((entry & ~positionMask) != tag || !Objects.equals(input.get((entry & positionMask) - 1), id))) {
                slot = (slot + 1) & mask;
            }
            if (entry == 0) {
                table[slot] = tag | (i + 1);
            } else {
                repeats = repeats == null ? new BitSet(size) : repeats;
                repeats.set(i);
                duplicates.repeated((entry & positionMask) - 1, i);
            }
        }
        return repeats == null ? new UniqueIds(size, input, null) : withoutDuplicates(input, repeats);
    }

    private static UniqueIds withoutDuplicates(List<String> input, BitSet duplicates) {
        int distinct = input.size() - duplicates.cardinality();
        List<String> ids = new ArrayList<>(distinct);
        int[] index = new int[distinct];
        for (int i = duplicates.nextClearBit(0); i < input.size(); i = duplicates.nextClearBit(i + 1)) {
            index[ids.size()] = i;
            ids.add(input.get(i));
        }
        return new UniqueIds(input.size(), Collections.unmodifiableList(ids), index);
    }

    // String.hashCode's low bits alone cluster for IDs that differ only at their end
    private static int spread(int hash) {
        return hash ^ (hash >>> 16) ^ (hash >>> 7);
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
        return firstIndex == null ? uniqueIndex : firstIndex[uniqueIndex];
    }

    /**
     * A fingerprint of the set of IDs, independent of their order and of duplicates, in one pass: {@code set128:}
     * and two 64-bit sums, each of one 64-bit hash per ID (FNV-1a over its characters, then a finaliser that
     * spreads every bit). Not a defence against forgery (a journal is the user's own file): it tells one input
     * from another, as a 128-bit checksum does. Sorting a million IDs for a digest took longer than reading them.
     */
    public String fingerprint() {
        return fingerprint(FINGERPRINT_PREFIX, uniqueIndex -> NO_SALT);
    }

    /**
     * A fingerprint of the set of pairs (ID, what {@code saltOf} gives for the ID's unique index), made as
     * {@link #fingerprint()} is with each ID's two hashes offset by its salt's before they are mixed, and
     * {@code prefix} before it. With a salt of zeros it is {@link #fingerprint()}'s value.
     */
    public String fingerprint(String prefix, IntFunction<? extends Salt> saltOf) {
        long first = 0;
        long second = 0;
        for (int u = 0; u < ids.size(); u++) {
            Hashes id = hashes(ids.get(u));
            Salt salt = saltOf.apply(u);
            first += fmix64(id.first() + salt.first());
            second += fmix64(id.second() + salt.second());
        }
        return prefix + HexFormat.of().toHexDigits(first) + HexFormat.of().toHexDigits(second);
    }

    /** The salt of {@code text} in {@link #fingerprint(String, IntFunction)}: its two hashes, mixed. */
    public static Salt saltOf(String text) {
        Hashes raw = hashes(text);
        return new Hashes(fmix64(raw.first()), fmix64(raw.second()));
    }

    // FNV-1a twice, with two bases and primes; both hashes in one loop over the characters: their
    // multiplications do not wait on each other
    private static Hashes hashes(String text) {
        long h1 = 0xcbf29ce484222325L;
        long h2 = 0x84222325cbf29ce4L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h1 = (h1 ^ c) * 0x100000001b3L;
            h2 = (h2 ^ c) * 0x9e3779b97f4a7c15L;
        }
        return new Hashes(h1, h2);
    }

    /**
     * True when {@code fingerprint}, read from a journal, is this set's: as {@link #fingerprint()} makes it, or as
     * journals written before it were ({@code sha256:} and the SHA-256 of the sorted IDs, one per line).
     */
    public boolean hasFingerprint(String fingerprint) {
        if (fingerprint.startsWith(LEGACY_PREFIX)) {
            return fingerprint.equals(legacyFingerprint());
        }
        return fingerprint.equals(fingerprint());
    }

    // murmur3's fmix64: nearby inputs end far apart
    private static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private String legacyFingerprint() {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        MessageDigest sha256 = sha256();
        for (String id : sorted) {
            sha256.update(id.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
        }
        return LEGACY_PREFIX + HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
