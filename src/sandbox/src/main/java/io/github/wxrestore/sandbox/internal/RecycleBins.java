package io.github.wxrestore.sandbox.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The recycle bins, one per site and host, plus what was restored (from which bin, and whether it is still out
 * of it) and how often each ID was named. One monitor guards the bins, so a restore is atomic: an ID leaves its
 * bin exactly once, however many requests race for it.
 */
final class RecycleBins {

    /** A bin's address: site host and host email, both lower case. */
    record Key(String site, String host) {
        Key {
            site = WireSyntax.normalize(site);
            host = WireSyntax.normalize(host);
        }

        @Override
        public String toString() {
            return host + " on " + site;
        }
    }

    /** What a restore did. */
    sealed interface Outcome permits Restored, NotFound, Locked {
    }

    /** The IDs left the bin (possibly none, for restoreAll of an empty bin). */
    record Restored(List<String> ids) implements Outcome {
    }

    /** Nothing happened: these IDs are not in the bin. */
    record NotFound(List<String> ids) implements Outcome {
    }

    /** Nothing happened: these IDs are locked. */
    record Locked(List<String> ids) implements Outcome {
    }

    /**
     * What belongs to one bin at one moment.
     *
     * @param deleted   the IDs in the bin, in the bin's order
     * @param available the IDs restored from the bin and not put back in a bin since, in the order restored
     */
    record Holdings(List<String> deleted, List<String> available) {
    }

    private final Map<Key, List<String>> seeded;
    private final Map<Key, LinkedHashSet<String>> bins = new HashMap<>();
    private final Map<String, Key> binOf = new HashMap<>();
    private final Map<Key, LinkedHashSet<String>> available = new HashMap<>();
    private final Set<String> restored = new LinkedHashSet<>();
    private final Map<String, Integer> timesNamed = new ConcurrentHashMap<>();

    RecycleBins(Map<Key, List<String>> seeded) {
        Map<Key, List<String>> frozen = new LinkedHashMap<>();
        seeded.forEach((key, ids) -> frozen.put(key, List.copyOf(ids)));
        this.seeded = Collections.unmodifiableMap(frozen);
        reset();
    }

    boolean hasBin(Key key) {
        return seeded.containsKey(key);
    }

    List<String> seeded(Key key) {
        return requireSeeded(key);
    }

    /**
     * Restores {@code ids} from the bin, or everything in it if {@code ids} is null: all or nothing. Unknown IDs
     * win over locked ones; {@code lockedAmong} says which of the IDs about to leave are locked.
     */
    synchronized Outcome restore(Key key, List<String> ids, Function<Collection<String>, List<String>> lockedAmong) {
        LinkedHashSet<String> bin = bins.get(key);
        List<String> selection = ids == null ? new ArrayList<>(bin) : ids;
        List<String> unknown = selection.stream().filter(id -> !bin.contains(id)).toList();
        if (!unknown.isEmpty()) {
            return new NotFound(unknown);
        }
        List<String> locked = lockedAmong.apply(selection);
        if (!locked.isEmpty()) {
            return new Locked(locked);
        }
        LinkedHashSet<String> out = available.get(key);
        selection.forEach(id -> {
            bin.remove(id);
            binOf.remove(id);
            restored.add(id);
            out.add(id);
        });
        return new Restored(List.copyOf(selection));
    }

    synchronized List<String> contents(Key key) {
        requireSeeded(key);
        return List.copyOf(bins.get(key));
    }

    /** The IDs in the bin and those restored from it, read at once. */
    synchronized Holdings holdings(Key key) {
        requireSeeded(key);
        return new Holdings(List.copyOf(bins.get(key)), List.copyOf(available.get(key)));
    }

    /** Puts IDs (back) in a bin; an ID may sit in one bin only, and one put back is no longer available. */
    synchronized void add(Key key, List<String> ids) {
        requireSeeded(key);
        for (String id : ids) {
            Key other = binOf.get(id);
            if (other != null && !other.equals(key)) {
                throw new IllegalArgumentException("recording " + id + " is already in the recycle bin of " + other);
            }
        }
        ids.forEach(id -> {
            bins.get(key).add(id);
            binOf.put(id, key);
            available.values().forEach(out -> out.remove(id));
        });
    }

    synchronized Set<String> restored() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(restored));
    }

    void countNamed(List<String> ids) {
        ids.forEach(id -> timesNamed.merge(id, 1, Integer::sum));
    }

    int timesNamed(String id) {
        return timesNamed.getOrDefault(id, 0);
    }

    /** Back to the seeded state: bins refilled, history forgotten. */
    synchronized void reset() {
        bins.clear();
        binOf.clear();
        available.clear();
        restored.clear();
        timesNamed.clear();
        Map<Key, LinkedHashSet<String>> fresh = new LinkedHashMap<>();
        seeded.forEach((key, ids) -> {
            fresh.put(key, new LinkedHashSet<>(ids));
            available.put(key, new LinkedHashSet<>());
            ids.forEach(id -> binOf.put(id, key));
        });
        bins.putAll(fresh);
    }

    private List<String> requireSeeded(Key key) {
        List<String> ids = seeded.get(key);
        if (ids == null) {
            throw new IllegalArgumentException("no recycle bin for " + key + "; bins are " + seeded.keySet());
        }
        return ids;
    }
}
