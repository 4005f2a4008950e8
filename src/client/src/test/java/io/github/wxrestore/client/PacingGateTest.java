package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The pacing gate every call of one client shares: which waits hold back the other calls (the server's
 * Retry-After, a throttling backoff) and which do not (a backoff after a server error).
 */
@ExtendWith(LoopbackServerExtension.class)
class PacingGateTest {

    private static final RetryPolicy ONE_ATTEMPT = RetryPolicy.none();

    private LoopbackServer server;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
    }

    @Test
    void aRetryAfterHoldsBackTheNextCallEvenWhenTheCallThatGotItGaveUp() {
        FakeTime time = new FakeTime();
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "5")), Reply.status(204));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(ONE_ATTEMPT).build();

        ThrottledException first = catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));
        RestoreResult second = client.restore(twoIds());

        assertThat(first.attempts()).isEqualTo(1);
        assertThat(second.attempts()).isEqualTo(1);
        assertThat(time.sleeps()).as("the second call waited what the server asked of the first")
                .containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aHugeRetryAfterHoldsOtherCallsBackNoLongerThanMaxWait() {
        FakeTime time = new FakeTime();
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "86400")), Reply.status(204));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(ONE_ATTEMPT
                .toBuilder().maxWait(Duration.ofSeconds(30)).build()).callTimeout(Duration.ofMinutes(2)).build();

        catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));
        client.restore(twoIds());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aCallHeldBackLongerThanItsCallTimeoutSendsNothingAndSaysWhy() {
        FakeTime time = new FakeTime();
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "50")));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(ONE_ATTEMPT)
                .callTimeout(Duration.ofSeconds(20)).build();
        catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));

        HeldBackException e = catchThrowableOfType(HeldBackException.class, () -> client.restore(twoIds()));

        assertThat(e.attempts()).isZero();
        assertThat(e.category()).as("held back by throttling, not a network failure")
                .isEqualTo(FailureCategory.THROTTLED);
        assertThat(e.heldBackFor()).isEqualTo(Duration.ofSeconds(50));
        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(e.getMessage()).contains("held back 50 s").contains("call timeout of 20 s");
        assertThat(server.requestCount()).as("only the first call was sent").isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aBackoffAfterAServerErrorDelaysOnlyItsOwnCall() throws Exception {
        FakeTime time = FakeTime.manual();
        server.enqueue(Reply.json(502, "{}", Map.of()), Reply.status(204), Reply.status(204));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(RetryPolicy
                .builder().retryServerErrors(true).jitter(RetryPolicy.Jitter.NONE).build()).build();

        CompletableFuture<RestoreResult> backingOff = CompletableFuture.supplyAsync(() -> client.restore(twoIds()));
        assertThat(time.awaitSleepers(1, Duration.ofSeconds(10))).as("the first call backs off after its 502").isTrue();
        RestoreResult other = client.restore(twoIds()); // not held back: nothing said the account is limited

        assertThat(other.attempts()).isEqualTo(1);
        assertThat(backingOff).isNotDone();
        time.advance(Duration.ofSeconds(1));
        assertThat(backingOff.get(10, TimeUnit.SECONDS).attempts()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aThrottlingBackoffWithoutRetryAfterHoldsBackTheOtherCalls() throws Exception {
        FakeTime time = FakeTime.manual();
        server.enqueue(Reply.json(503, "{}", Map.of()), Reply.status(204), Reply.status(204));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(RetryPolicy
                .builder().jitter(RetryPolicy.Jitter.NONE).build()).build();

        CompletableFuture<RestoreResult> backingOff = CompletableFuture.supplyAsync(() -> client.restore(twoIds()));
        assertThat(time.awaitSleepers(1, Duration.ofSeconds(10))).isTrue();
        CompletableFuture<RestoreResult> other = CompletableFuture.supplyAsync(() -> client.restore(twoIds()));
        assertThat(time.awaitSleepers(2, Duration.ofSeconds(10))).as("the other call waits at the gate").isTrue();

        assertThat(server.requestCount()).isEqualTo(1);
        time.advance(Duration.ofSeconds(1));
        assertThat(backingOff.get(10, TimeUnit.SECONDS).attempts()).isEqualTo(2);
        assertThat(other.get(10, TimeUnit.SECONDS).attempts()).isEqualTo(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
}
