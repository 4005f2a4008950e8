package io.github.wxrestore.bulk;

import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.ScriptedReply;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Retry-After pauses every worker, not just the one that got it: with a clock that only the test moves, every
 * worker is seen parked at the shared gate while the server receives nothing, and all go on once the time passed.
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
    void aRetryAfterOnOneCallParksEveryWorkerUntilItHasPassed() throws Exception {
        sandbox = BulkFixtures.sandbox(600);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 600);
        sandbox.respondNext(ScriptedReply.status(429).retryAfter("7"));
        FakeTime time = FakeTime.manual();
        CountDownLatch gateClosed = new CountDownLatch(1);
        // the two workers whose first call succeeded go on only once the third has closed the gate: without this
        // they could finish every call while the 429 is still being read
        BulkProgressListener inStep = new BulkProgressListener() {
            @Override
            public void paused(int callNumber, int status, Duration wait) {
                gateClosed.countDown();
            }

            @Override
            public void callFinished(CallOutcome outcome) {
                try {
                    gateClosed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        BulkRestore bulk = BulkFixtures.bulk(sandbox).concurrency(3).clock(time).sleeper(time::sleep).listener(inStep)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build();

        CompletableFuture<BulkReport> run = CompletableFuture.supplyAsync(() -> bulk.run(ids));

        assertThat(time.awaitSleepers(3, Duration.ofSeconds(10))).as("all three workers wait at the gate").isTrue();
        assertThat(sandbox.requests()).as("the 429 and the two first calls in flight with it").hasSize(3);
        Thread.sleep(200); // parked workers send nothing, however long the pause lasts
        assertThat(sandbox.requests()).hasSize(3);
        assertThat(run).isNotDone();

        time.advance(Duration.ofSeconds(7));
        BulkReport report = run.get(10, TimeUnit.SECONDS);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.retries()).isEqualTo(1);
        assertThat(report.serverWait()).isEqualTo(Duration.ofSeconds(7));
        assertThat(time.sleeps()).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(7)));
        assertThat(sandbox.requests()).hasSize(7);
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void overlappingPausesCountOnceInTheTimeWaited() {
        FakeTime time = FakeTime.manual();
        io.github.wxrestore.bulk.internal.ThrottleGate gate =
                new io.github.wxrestore.bulk.internal.ThrottleGate(time, time::sleep);

        gate.pauseFor(Duration.ofSeconds(5));
        time.advance(Duration.ofSeconds(2));
        gate.pauseFor(Duration.ofSeconds(5)); // until 7 s: 2 s more than the first pause
        gate.pauseFor(Duration.ofSeconds(1)); // inside the pause already: nothing more

        assertThat(gate.totalPaused()).isEqualTo(Duration.ofSeconds(7));
    }
}
