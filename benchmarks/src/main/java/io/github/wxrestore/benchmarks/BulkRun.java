package io.github.wxrestore.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.bulk.BulkReport;
import io.github.wxrestore.bulk.BulkRestore;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item 3: one {@link BulkRestore} run of the first {@code ids} recordings of one host against a sandbox seeded
 * with them, timed from {@code run(..)} to its report, then checked against what the sandbox received: every ID
 * restored, and named in exactly one request the sandbox accepted. Each run starts from a fresh recycle bin.
 * Not thread-safe: one run at a time.
 */
public final class BulkRun implements AutoCloseable {

    /** A run's figures, from the sandbox's side (what it received and answered) and the run's wall time. */
    public record Outcome(int ids, int concurrency, boolean rateLimited, long wallNanos, int requests,
                          int accepted, int throttled, long mandatedWaitSeconds, int restored, int lost,
                          int repeated, int otherAnswers, String reportStatus) {

        /** True when every ID was restored by exactly one accepted call and no call got another answer. */
        public boolean nothingLostOrRepeated() {
            return lost == 0 && repeated == 0 && otherAnswers == 0 && restored == ids;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebexSandbox sandbox;
    private final WebexRecordingsClient client;
    private final List<String> ids;

    /** A sandbox seeded with {@code ids} recordings for the host, and a client that never retries itself. */
    public BulkRun(int ids) {
        this.sandbox = WebexSandbox.builder().recordingsPerHost(ids).maxRecordedRequests(10_000).start();
        this.client = WebexRecordingsClient.builder()
                .baseUrl(sandbox.baseUrl())
                .accessToken(sandbox.user(SandboxAccounts.ANN).token())
                .httpClientBuilder(LoopbackTransport.builder())
                // the client retries each call; its pacing gate holds every worker back on a Retry-After
                .retryPolicy(RetryPolicy.builder().maxAttempts(50).maxWait(Duration.ofSeconds(5)).build())
                .build();
        this.ids = sandbox.seededIds(SandboxAccounts.ANN, ids);
    }

    /**
     * Restores every ID once, with {@code concurrency} workers, against a sandbox that admits at most
     * {@code requestsPerSecond} requests per one-second window (then answers 429 with {@code Retry-After: 1}),
     * or without a limit when it is 0.
     */
    public Outcome restoreAll(int concurrency, int requestsPerSecond) {
        sandbox.reset();
        sandbox.replaceFaults(requestsPerSecond == 0 ? SandboxFaults.none()
                : SandboxFaults.builder().rateLimit(requestsPerSecond, Duration.ofSeconds(1)).build());
        BulkRestore bulk = BulkRestore.builder()
                .client(client)
                .siteUrl(SandboxAccounts.SITE)
                .concurrency(concurrency)
                .build();
        long start = System.nanoTime();
        BulkReport report = bulk.run(ids);
        long wall = System.nanoTime() - start;
        return check(concurrency, requestsPerSecond > 0, wall, report);
    }

    private Outcome check(int concurrency, boolean rateLimited, long wall, BulkReport report) {
        List<RecordedRequest> requests = sandbox.requests();
        Map<String, Integer> acceptedTimes = new HashMap<>();
        int accepted = 0;
        int throttled = 0;
        int other = 0;
        long waitSeconds = 0;
        for (RecordedRequest request : requests) {
            int status = request.response().status();
            if (status / 100 == 2) {
                accepted++;
                recordingIds(request).forEach(id -> acceptedTimes.merge(id, 1, Integer::sum));
            } else if (status == 429) {
                throttled++;
                waitSeconds += Long.parseLong(request.response().header("Retry-After"));
            } else {
                other++;
            }
        }
        Set<String> restored = new HashSet<>(sandbox.restoredIds());
        int lost = (int) ids.stream().filter(id -> !restored.contains(id)).count();
        int repeated = (int) acceptedTimes.values().stream().filter(n -> n > 1).count();
        return new Outcome(ids.size(), concurrency, rateLimited, wall, requests.size(), accepted, throttled,
                waitSeconds, restored.size(), lost, repeated, other, report.status().name());
    }

    private static List<String> recordingIds(RecordedRequest request) {
        try {
            JsonNode body = JSON.readTree(request.body());
            return JSON.convertValue(body.path("recordingIds"), JSON.getTypeFactory()
                    .constructCollectionType(List.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable request body", e);
        }
    }

    /** The IDs of the run, in the order given to the bulk run. */
    public List<String> ids() {
        return ids;
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
