package io.github.wxrestore.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.Sleeper;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.FaultSchedule;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One client shared by 8 threads, each restoring its own share of one host's recycle bin one ID per call,
 * against the sandbox: no unexpected error, every ID restored exactly once (sandbox inspection), a distinct
 * TrackingID per attempt. Then the same under injected 503s, gateway pages and locks, with retries. Bounded in
 * time: a run that takes longer than {@link #TIME_LIMIT} fails with what it had done.
 */
class SharedClientConcurrencyTest {

    private static final int THREADS = 8;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eightThreadsTimesAThousandCallsRestoreEveryIdExactlyOnce() throws Exception {
        int callsPerThread = 1_000;
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(THREADS * callsPerThread).start();
             WebexRecordingsClient client = sandboxClient(sandbox, RetryPolicy.defaults())) {
            List<String> ids = sandbox.seededIds(ANN, THREADS * callsPerThread);

            Run run = runConcurrently(client, ids, callsPerThread);

            assertThat(run.errors).as("unexpected errors").isEmpty();
            assertThat(run.attempts.get()).isEqualTo(ids.size()); // nothing failed, so nothing was retried
            assertEveryIdRestoredExactlyOnce(sandbox, ids);
            assertThat(sandbox.requests()).hasSize(ids.size())
                    .allSatisfy(r -> assertThat(r.response().status()).isEqualTo(204));
            System.out.printf("%d threads x %d calls against the sandbox: %d ms%n", THREADS, callsPerThread,
                    run.took.toMillis());
        }
    }

    @Test
    void underInjectedFaultsRetriesStillRestoreEveryIdExactlyOnce() throws Exception {
        int callsPerThread = 125;
        int total = THREADS * callsPerThread;
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(total).seed(9).start()) {
            List<String> ids = sandbox.seededIds(ANN, total);
            // every tenth ID is locked for one answer (423 with Retry-After); 5 % of requests get a 503 and 2 % an
            // HTML 502 page, both before the sandbox touches the bin, so a retry is safe and must not double-restore
            sandbox.replaceFaults(SandboxFaults.builder()
                    .lockedIds(ids.stream().filter(id -> ids.indexOf(id) % 10 == 0).toList())
                    .lockRetryAfterSeconds(1).lockAnswers(1)
                    .serverErrors(503, FaultSchedule.withProbability(0.05)).serverErrorRetryAfterSeconds(1)
                    .htmlGateway(502, FaultSchedule.withProbability(0.02))
                    .build());
            RetryPolicy retries = RetryPolicy.builder().maxAttempts(10).retryServerErrors(true).build();
            try (WebexRecordingsClient client = sandboxClient(sandbox, retries)) {

                Run run = runConcurrently(client, ids, callsPerThread);

                assertThat(run.errors).as("unexpected errors").isEmpty();
                assertEveryIdRestoredExactlyOnce(sandbox, ids);
                Map<Integer, Long> statuses = sandbox.requests().stream()
                        .collect(Collectors.groupingBy(r -> r.response().status(), Collectors.counting()));
                assertThat(statuses.get(204)).isEqualTo(total);
                assertThat(statuses.get(423)).isEqualTo(total / 10L);
                assertThat(statuses).containsKeys(502, 503).doesNotContainKey(404);
                assertThat(run.attempts.get()).isEqualTo(sandbox.requests().size());
                System.out.printf("%d threads x %d calls under faults %s: %d ms, %d attempts%n", THREADS,
                        callsPerThread, statuses, run.took.toMillis(), run.attempts.get());
            }
        }
    }

    /**
     * The shared test client, with this test's own settings over the helper's: the sandbox user's token, the
     * system clock (so the call timeout runs in real time), a sleeper that does not wait, the client's default
     * connect (10 s) and call (2 min) timeouts, and 20-second attempts.
     */
    private static WebexRecordingsClient sandboxClient(WebexSandbox sandbox, RetryPolicy policy) {
        // waits are not slept: the sandbox's faults depend on answers given, not on time passing
        Sleeper noWait = duration -> { };
        return TestClients.clientFor(sandbox.baseUrl(), new FakeTime()).accessToken(sandbox.user(ANN).token())
                .clock(Clock.systemUTC()).sleeper(noWait).connectTimeout(Duration.ofSeconds(10))
                .attemptTimeout(Duration.ofSeconds(20)).callTimeout(Duration.ofMinutes(2)).retryPolicy(policy).build();
    }

    /** What a run did: failed calls (by ID), attempts made, TrackingIDs seen, time taken. */
    private record Run(Map<String, Throwable> errors, AtomicInteger attempts, Duration took) {
    }

    private static Run runConcurrently(WebexRecordingsClient client, List<String> ids, int callsPerThread)
            throws InterruptedException {
        Map<String, Throwable> errors = new ConcurrentHashMap<>();
        Set<String> trackingIds = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<String> share = ids.subList(t * callsPerThread, (t + 1) * callsPerThread);
                workers.add(pool.submit(() -> {
                    go.await();
                    for (String id : share) {
                        try {
                            RestoreResult result = client.restore(new RestoreRecordingsRequest()
                                    .recordingIds(List.of(id)));
                            attempts.addAndGet(result.attempts());
                            assertThat(trackingIds.add(result.trackingId())).isTrue();
                        } catch (RuntimeException | AssertionError e) {
                            errors.put(id, e);
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            long deadline = start + TIME_LIMIT.toNanos();
            for (Future<?> worker : workers) {
                try {
                    worker.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    fail("%d threads x %d calls did not finish within %d s: %d of %d calls done, %d errors",
                            THREADS, callsPerThread, TIME_LIMIT.toSeconds(), done.get(), ids.size(), errors.size());
                } catch (java.util.concurrent.ExecutionException e) {
                    fail("a worker thread died", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(done.get()).isEqualTo(ids.size());
        return new Run(errors, attempts, Duration.ofNanos(System.nanoTime() - start));
    }

    // the bin is empty, the sandbox restored exactly these IDs, and exactly one 204 answered each of them
    private static void assertEveryIdRestoredExactlyOnce(WebexSandbox sandbox, List<String> ids) {
        assertThat(sandbox.recycleBin(SITE, ANN)).isEmpty();
        assertThat(sandbox.restoredIds()).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
        Map<String, Long> successesPerId = sandbox.requests().stream()
                .filter(r -> r.response().status() == 204)
                .flatMap(r -> idsOf(r).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(successesPerId).hasSize(ids.size()).allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(ids).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isPositive());
    }

    private static List<String> idsOf(RecordedRequest request) {
        try {
            List<String> ids = new ArrayList<>();
            JSON.readTree(request.body()).path("recordingIds").forEach(node -> ids.add(node.asText()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
