package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** restoreAsync: same retries and errors as restore, on the right executor, within the call timeout. */
@ExtendWith(LoopbackServerExtension.class)
class AsyncRestoreTest {

    private LoopbackServer server;
    private FakeTime time;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        time = new FakeTime();
    }

    @Test
    void anAsyncCallRetriesLikeASyncOneOnTheGivenExecutor() {
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "4")), Reply.status(204));
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "caller-pool"));
        List<String> threads = new CopyOnWriteArrayList<>();
        try {
            WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time)
                    .executor(task -> executor.execute(() -> {
                        threads.add(Thread.currentThread().getName());
                        task.run();
                    })).build();

            RestoreResult result = client.restoreAsync(twoIds()).orTimeout(10, TimeUnit.SECONDS).join();

            assertThat(result.attempts()).isEqualTo(2);
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4));
            assertThat(threads).containsExactly("caller-pool");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void withoutAnExecutorTheClientsOwnDaemonPoolRunsTheCall() {
        try (WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).build()) {
            List<String> threads = new CopyOnWriteArrayList<>();

            client.restoreAsync(twoIds()).thenRun(() -> threads.add(Thread.currentThread().getName()))
                    .orTimeout(10, TimeUnit.SECONDS).join();

            assertThat(threads).singleElement().asString().startsWith("webex-restore-async-");
        }
    }

    @Test
    void aCallersHttpClientBuilderIsUsedForTheTransport() {
        List<Runnable> seen = new CopyOnWriteArrayList<>();
        ExecutorService httpThreads = Executors.newCachedThreadPool();
        try {
            HttpClient.Builder http = HttpClient.newBuilder().executor(task -> {
                seen.add(task);
                httpThreads.execute(task);
            });

            TestClients.clientFor(server.baseUrl(), time).httpClientBuilder(http).build().restore(twoIds());

            assertThat(seen).isNotEmpty(); // the JDK completed the exchange on the caller's executor
        } finally {
            httpThreads.shutdownNow();
        }
    }

    @Test
    void asyncCallsNeverRunOnTheHttpClientsOwnExecutorWhichCouldStarve() {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try (WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time)
                .httpClientBuilder(HttpClient.newBuilder().executor(single)).build()) {
            List<String> threads = new CopyOnWriteArrayList<>();

            // on the HttpClient's single thread this call would block the thread the response needs, and time out
            client.restoreAsync(twoIds()).thenRun(() -> threads.add(Thread.currentThread().getName()))
                    .orTimeout(10, TimeUnit.SECONDS).join();

            assertThat(threads).singleElement().asString().startsWith("webex-restore-async-");
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void aFailedAsyncCallCompletesExceptionallyWithTheTypedError() {
        server.enqueue(Reply.json(404, Fixtures.webexError("No such recording.", "gone", "ROUTER_a"), Map.of()));

        try (WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).build()) {
            CompletableFuture<RestoreResult> future = client.restoreAsync(twoIds(), "admin@example.com");

            CompletionException e = catchThrowableOfType(CompletionException.class,
                    () -> future.orTimeout(10, TimeUnit.SECONDS).join());
            assertThat(e.getCause()).isInstanceOf(ResourceStateException.class);
            assertThat(((ResourceStateException) e.getCause()).serverTrackingId()).contains("ROUTER_a");
        }
    }

    @Test
    void aFutureCancelledBeforeItRunsSendsNothing() {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).executor(queued::add).build();

        CompletableFuture<RestoreResult> future = client.restoreAsync(twoIds());
        future.cancel(false);
        queued.forEach(Runnable::run);

        assertThat(future).isCancelled();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void theCallTimeoutCountsFromTheAsyncCallNotFromWhenAThreadIsFree() {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).executor(queued::add)
                .callTimeout(Duration.ofSeconds(5)).build();

        CompletableFuture<RestoreResult> future = client.restoreAsync(twoIds());
        time.advance(Duration.ofSeconds(6)); // the executor was busy for longer than the call timeout
        queued.forEach(Runnable::run);

        WebexTransportException e = (WebexTransportException) catchThrowableOfType(CompletionException.class,
                future::join).getCause();
        assertThat(e.isTimeout()).isTrue();
        assertThat(e.attempts()).isZero();
        assertThat(e.getMessage()).contains("passed before attempt 1 could start");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void anExecutorThatRefusesTheCallCompletesTheFutureExceptionally() {
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).executor(task -> {
            throw new java.util.concurrent.RejectedExecutionException("queue full");
        }).build();

        CompletableFuture<RestoreResult> future = client.restoreAsync(twoIds());

        assertThat(catchThrowableOfType(CompletionException.class, future::join).getCause())
                .isExactlyInstanceOf(WebexClientException.class).hasMessageContaining("queue full");
        assertThat(server.requestCount()).isZero();
    }
}
