package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.sandbox.SandboxUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recordings of each bin with their status now: metadata from {@link SeededRecordings} (derived the first
 * time a bin is listed, then kept, so a sandbox that only restores never pays for it) or, for an added ID, from
 * {@link RecordingFacts}; the status from {@link RecycleBins}: in the bin is deleted, restored from it available.
 * Thread-safe.
 */
final class RecordingCatalog {

    private final long seed;
    private final Instant start;
    private final SandboxAccounts accounts;
    private final RecycleBins bins;
    private final Map<RecycleBins.Key, Map<String, SandboxRecording>> seeded = new ConcurrentHashMap<>();

    /** Recordings made before {@code start}, the sandbox clock's now when it started. */
    RecordingCatalog(long seed, Instant start, SandboxAccounts accounts, RecycleBins bins) {
        this.seed = seed;
        this.start = start;
        this.accounts = accounts;
        this.bins = bins;
    }

    /** Every recording of this bin now, deleted ones (in the bin's order) then available ones. */
    List<SandboxRecording> recordings(RecycleBins.Key key) {
        RecycleBins.Holdings holdings = bins.holdings(key);
        Map<String, SandboxRecording> facts = seeded.computeIfAbsent(key, this::seed);
        List<SandboxRecording> recordings = new ArrayList<>(holdings.deleted().size() + holdings.available().size());
        holdings.deleted().forEach(id -> recordings.add(facts(key, facts, id)));
        holdings.available().forEach(id -> recordings.add(facts(key, facts, id)
                .withStatus(SandboxRecording.Status.AVAILABLE)));
        return recordings;
    }

    private SandboxRecording facts(RecycleBins.Key key, Map<String, SandboxRecording> seededFacts, String id) {
        SandboxRecording facts = seededFacts.get(id);
        return facts != null ? facts : RecordingFacts.derive(seed, start, key.site(), host(key), id);
    }

    private Map<String, SandboxRecording> seed(RecycleBins.Key key) {
        Map<String, SandboxRecording> byId = new LinkedHashMap<>();
        SeededRecordings.generate(seed, start, key.site(), host(key), bins.seeded(key))
                .forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    private SandboxUser host(RecycleBins.Key key) {
        return accounts.user(key.host());
    }
}
