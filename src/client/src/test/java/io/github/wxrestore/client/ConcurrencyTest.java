package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client shared by several threads: every call succeeds, with its own TrackingIDs. A smoke test, not a load
 * test (the 8 x 1,000 run against the sandbox belongs to the reliability suite).
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 25;
    private static final int THROTTLED_REPLIES = 20;

    @Test
    void oneClientServesManyThreadsThroughRetries() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            for (int i = 0; i < THROTTLED_REPLIES; i++) {
                server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "0")));
            }
            // enough attempts that no call can draw every 429 (which thread meets which reply is up to the scheduler)
            WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), new FakeTime())
                    .retryPolicy(RetryPolicy.builder().maxAttempts(THROTTLED_REPLIES + 1).build()).build();
            Set<String> trackingIds = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    workers.add(pool.submit(() -> {
                        int attempts = 0;
                        for (int c = 0; c < CALLS_PER_THREAD; c++) {
                            RestoreResult result = client.restore(twoIds());
                            trackingIds.add(result.trackingId());
                            attempts += result.attempts();
                        }
                        return attempts;
                    }));
                }
                int attempts = 0;
                for (Future<Integer> worker : workers) {
                    attempts += worker.get(60, TimeUnit.SECONDS);
                }

                int calls = THREADS * CALLS_PER_THREAD;
                assertThat(trackingIds).hasSize(calls);
                assertThat(attempts).isEqualTo(calls + THROTTLED_REPLIES);
                assertThat(server.requestCount()).isEqualTo(attempts);
                assertThat(server.requests().stream().map(r -> r.header("TrackingID")).distinct().count())
                        .isEqualTo(attempts);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
