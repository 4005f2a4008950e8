package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.BulkRun;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Item 3: 10,000 IDs restored with {@code BulkRestore} against the sandbox, in rounds that alternate the three
 * settings (no limit with 1 worker, no limit with 4, and 1 worker under a rate limit of {@value #RATE_LIMIT}
 * requests per second), after warm-up runs; every run is checked for IDs lost or repeated, and the run fails
 * if one was. Stores every run in {@value #FILE}.
 */
final class BulkThroughputMeasurement implements Measurement {

    static final String FILE = "bulk-throughput.json";
    static final int IDS = 10_000;
    /** Requests a one-second window admits: the 21st is answered 429 with {@code Retry-After: 1}. */
    static final int RATE_LIMIT = 20;
    static final int WARMUP_ROUNDS = 3;
    static final int ROUNDS = 5;

    /** What the file holds: the settings and every measured run. */
    record Result(int ids, int rateLimitPerSecond, int warmupRounds, List<BulkRun.Outcome> runs) {
    }

    @Override
    public String name() {
        return "bulk throughput";
    }

    @Override
    public void run(RunSettings settings) throws IOException {
        List<BulkRun.Outcome> runs = new ArrayList<>();
        try (BulkRun bulk = new BulkRun(IDS)) {
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                checked(bulk.restoreAll(1, 0));
                checked(bulk.restoreAll(4, 0));
            }
            for (int round = 0; round < ROUNDS; round++) {
                runs.add(checked(bulk.restoreAll(1, 0)));
                runs.add(checked(bulk.restoreAll(4, 0)));
                runs.add(checked(bulk.restoreAll(1, RATE_LIMIT)));
            }
        }
        JsonFiles.write(settings.results().resolve(FILE), new Result(IDS, RATE_LIMIT, WARMUP_ROUNDS, runs));
        runs.forEach(r -> System.out.printf("Bulk: %d IDs, concurrency %d, %s: %.1f ms, %d requests, %d throttled%n",
                r.ids(), r.concurrency(), r.rateLimited() ? "rate limited" : "no limit", r.wallNanos() / 1e6,
                r.requests(), r.throttled()));
    }

    private static BulkRun.Outcome checked(BulkRun.Outcome outcome) {
        if (!outcome.nothingLostOrRepeated()) {
            throw new IllegalStateException("a bulk run lost or repeated IDs: " + outcome);
        }
        return outcome;
    }
}
