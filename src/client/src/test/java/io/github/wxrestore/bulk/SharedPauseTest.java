package io.github.wxrestore.bulk;

import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.RetryReason;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.ScriptedReply;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client, one retry strategy: a Retry-After that one call gets holds back every call sharing the client (the
 * bulk workers and a caller that knows nothing of the bulk run), for exactly the time the server asked, with a
 * clock that only the test moves. Nothing is sent while they wait, and all go on once the time has passed.
 */
class SharedPauseTest {

    private WebexSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aRetryAfterOnOneBulkCallHoldsBackTheOtherWorkerAndAnUnrelatedCallerOfTheSameClient() throws Exception {
        sandbox = BulkFixtures.sandbox(301);
        List<String> seeded = sandbox.seededIds(SandboxAccounts.ANN, 301);
        List<String> bulkIds = seeded.subList(0, 300); // three calls of 100 for two workers
        String unrelatedId = seeded.get(300);
        sandbox.respondNext(ScriptedReply.status(429).retryAfter("7"));
        FakeTime time = FakeTime.manual();
        List<String> clientEvents = Collections.synchronizedList(new ArrayList<>());
        WebexRecordingsClient client = BulkFixtures.clientBuilder(sandbox).clock(time).sleeper(time::sleep)
                .callTimeout(Duration.ofMinutes(1)).retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
                .attemptListener(new AttemptListener() {
                    @Override
                    public void retryScheduled(AttemptAnswer answer, Duration wait,
                                               RetryReason reason) {
                        clientEvents.add("got " + answer.status() + ", retries in " + wait.toSeconds() + " s ("
                                + reason + ")");
                    }

                    @Override
                    public void pausedByGate(long callId, int nextAttempt, Duration wait) {
                        clientEvents.add("attempt " + nextAttempt + " paused " + wait.toSeconds() + " s");
                    }
                }).build();
        // the worker whose first call succeeds takes call 3 only once the other one got the 429: without this it
        // could send call 3 before the 429 arrives, and nothing would be left to hold back
        CountDownLatch gateClosed = new CountDownLatch(1);
        List<String> bulkEvents = Collections.synchronizedList(new ArrayList<>());
        BulkProgressListener inStep = new BulkProgressListener() {
            @Override
            public void retryScheduled(PlannedCall call, AttemptAnswer answer, Duration wait, RetryReason reason) {
                bulkEvents.add("retry " + answer.status() + " " + wait.toSeconds() + " s");
                gateClosed.countDown();
            }

            @Override
            public void pausedByGate(PlannedCall call, Duration wait) {
                bulkEvents.add("paused " + wait.toSeconds() + " s");
            }

            @Override
            public void callFinished(CallOutcome outcome) {
                awaitQuietly(gateClosed);
            }
        };
        BulkRestore bulk = BulkRestore.builder().client(client).concurrency(2).listener(inStep).build();

        CompletableFuture<BulkReport> run = CompletableFuture.supplyAsync(() -> bulk.run(bulkIds));
        assertThat(time.awaitSleepers(2, Duration.ofSeconds(10)))
                .as("the worker that got the 429 waits, and the other one holds call 3 back").isTrue();
        CompletableFuture<RestoreResult> unrelated = CompletableFuture.supplyAsync(() -> client.restore(
                new RestoreRecordingsRequest().recordingIds(new ArrayList<>(List.of(unrelatedId)))));

        assertThat(time.awaitSleepers(3, Duration.ofSeconds(10))).as("the unrelated caller waits too").isTrue();
        assertThat(time.sleeps()).as("every wait is the server's, to the second")
                .containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(7));
        assertThat(sandbox.requests()).as("the 429 and the other worker's first call; nothing else was sent")
                .hasSize(2);
        Thread.sleep(200); // whoever waits sends nothing, however long the pause lasts
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(run).isNotDone();
        assertThat(unrelated).isNotDone();

        time.advance(Duration.ofSeconds(7));
        BulkReport report = run.get(10, TimeUnit.SECONDS);
        RestoreResult result = unrelated.get(10, TimeUnit.SECONDS);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.retries()).isEqualTo(1);
        assertThat(report.serverWait()).isEqualTo(Duration.ofSeconds(7));
        assertThat(result.attempts()).as("the caller's one attempt came after the pause").isEqualTo(1);
        assertThat(time.sleeps()).as("no other wait")
                .containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(7));
        assertThat(clientEvents).containsExactlyInAnyOrder("got 429, retries in 7 s (RETRY_AFTER)",
                "attempt 1 paused 7 s", "attempt 1 paused 7 s");
        assertThat(bulkEvents).containsExactlyInAnyOrder("retry 429 7 s", "paused 7 s");
        assertThat(sandbox.requests()).as("then the retry, call 3 and the caller's call").hasSize(5);
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(seeded);
    }

    @Test
    void aCallHeldAtTheGateIsWrittenToTheJournalOnlyAsItGoesOut() throws Exception {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);
        sandbox.respondNext(ScriptedReply.status(429).retryAfter("7"));
        FakeTime time = FakeTime.manual();
        java.nio.file.Path journal = java.nio.file.Files.createTempDirectory("gate").resolve("run.journal");
        CountDownLatch gateClosed = new CountDownLatch(1);
        BulkProgressListener inStep = new BulkProgressListener() {
            @Override
            public void retryScheduled(PlannedCall call, AttemptAnswer answer, Duration wait, RetryReason reason) {
                gateClosed.countDown();
            }

            @Override
            public void callFinished(CallOutcome outcome) {
                awaitQuietly(gateClosed);
            }
        };
        BulkRestore bulk = BulkRestore.builder().client(BulkFixtures.clientBuilder(sandbox).clock(time)
                .sleeper(time::sleep).callTimeout(Duration.ofMinutes(1))
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build())
                .concurrency(2).journal(journal).listener(inStep).build();

        CompletableFuture<BulkReport> run = CompletableFuture.supplyAsync(() -> bulk.run(ids));
        assertThat(time.awaitSleepers(2, Duration.ofSeconds(10))).as("call 1 backs off, call 3 waits at the gate")
                .isTrue();

        // what a kill right now would leave: calls 1 and 2 went out, call 3 did not
        assertThat(io.github.wxrestore.testing.JournalSnapshot.read(journal).records())
                .filteredOn(r -> r.path("type").asText().equals("call"))
                .extracting(r -> r.path("call").asInt()).containsExactlyInAnyOrder(1, 2);
        time.advance(Duration.ofSeconds(7));
        assertThat(run.get(10, TimeUnit.SECONDS).status()).isEqualTo(BulkReport.Status.OK);
        assertThat(io.github.wxrestore.testing.JournalSnapshot.read(journal).records())
                .filteredOn(r -> r.path("type").asText().equals("call")).hasSize(3);
    }

    // a worker whose call succeeded waits here until another call has closed the gate (bounded: 10 s)
    private static void awaitQuietly(CountDownLatch gateClosed) {
        try {
            gateClosed.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
