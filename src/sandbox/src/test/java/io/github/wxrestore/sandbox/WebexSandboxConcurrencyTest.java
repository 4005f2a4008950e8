package io.github.wxrestore.sandbox;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** Many clients racing for the same recordings: each one is restored exactly once. */
class WebexSandboxConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CHUNK = 10;

    @Test
    void eightClientsRacingForTheSameChunksRestoreEachRecordingOnce() throws Exception {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(400).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            List<String> ids = sandbox.seededIds(ANN, 400);
            List<List<String>> chunks = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += CHUNK) {
                chunks.add(ids.subList(i, i + CHUNK));
            }
            Map<List<String>, AtomicInteger> successes = new ConcurrentHashMap<>();
            AtomicInteger notFound = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> clients = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    clients.add(pool.submit(() -> {
                        go.await();
                        // every client walks the chunks in the same order: the most contention there can be
                        for (List<String> chunk : chunks) {
                            int status = http.post().as(ANN).ids(chunk).send().status();
                            if (status == 204) {
                                successes.computeIfAbsent(chunk, c -> new AtomicInteger()).incrementAndGet();
                            } else if (status == 404) {
                                notFound.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> client : clients) {
                    client.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(successes).hasSize(chunks.size());
            assertThat(successes.values()).allSatisfy(count -> assertThat(count).hasValue(1));
            assertThat(notFound).hasValue((THREADS - 1) * chunks.size());
            assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(sandbox.recycleBin(SITE, ANN)).isEmpty();
            assertThat(sandbox.timesRequested(ids.get(0))).isEqualTo(THREADS);
            assertThat(sandbox.requests()).hasSize(THREADS * chunks.size());
        }
    }
}
