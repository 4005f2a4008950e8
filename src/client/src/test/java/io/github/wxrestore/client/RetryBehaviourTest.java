package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each retry rule end to end: what goes on the wire, and the exact waits (recorded by the fake sleeper). */
@ExtendWith(LoopbackServerExtension.class)
class RetryBehaviourTest {

    /** No jitter: backoffs 1 s, 2 s, 4 s, 8 s; waits at most 60 s. */
    private static final RetryPolicy EXACT = RetryPolicy.builder().maxAttempts(4).baseDelay(Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(8)).maxWait(Duration.ofSeconds(60)).jitter(RetryPolicy.Jitter.NONE).build();

    private LoopbackServer server;
    private FakeTime time;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        time = new FakeTime();
    }

    private WebexRecordingsClient client(RetryPolicy policy) {
        return TestClients.clientFor(server.baseUrl(), time).retryPolicy(policy).build();
    }

    private static Reply status(int code, String... headerPairs) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        return Reply.json(code, "{\"message\":\"status " + code + "\"}", headers);
    }

    @Test
    void tooManyRequestsWaitsTheDeltaSecondsThenSucceeds() {
        server.enqueue(status(429, "Retry-After", "3"), Reply.status(204));

        RestoreResult result = client(EXACT).restore(twoIds());

        assertThat(result.status()).isEqualTo(204);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void tooManyRequestsWaitsUntilTheHttpDate() {
        server.enqueue(status(429, "Retry-After", "Mon, 02 Mar 2026 10:00:12 GMT"), Reply.status(204));

        client(EXACT).restore(twoIds());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aRetryAfterDateInThePastRetriesAtOnce() {
        server.enqueue(status(429, "Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"), Reply.status(204));

        client(EXACT).restore(twoIds());

        assertThat(time.sleeps()).containsExactly(Duration.ZERO);
    }

    @Test
    void malformedNegativeOrEmptyRetryAfterFallsBackToTheBackoff() {
        server.enqueue(status(429, "Retry-After", "rand(30),add(30)"), status(429, "Retry-After", "-5"),
                status(503, "Retry-After", ""), Reply.status(204));

        client(EXACT).restore(twoIds());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aHugeRetryAfterIsClampedToMaxWait() {
        server.enqueue(status(429, "Retry-After", "86400"), Reply.status(204));

        client(EXACT.toBuilder().maxWait(Duration.ofSeconds(5)).build()).restore(twoIds());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void serviceUnavailableWithoutRetryAfterBacksOff() {
        server.enqueue(status(503), status(503), Reply.status(204));

        assertThat(client(EXACT).restore(twoIds()).attempts()).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void lockedWithRetryAfterIsRetried() {
        server.enqueue(status(423, "Retry-After", "2"), Reply.status(204));

        assertThat(client(EXACT).restore(twoIds()).attempts()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void lockedWithoutRetryAfterIsNotRetried() {
        server.enqueue(status(423), Reply.status(204));

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client(EXACT).restore(twoIds()));

        assertThat(e.isLocked()).isTrue();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void serverErrorsThatMayHaveRestoredAreNotRetriedByDefault() {
        for (int code : new int[]{500, 502, 504}) {
            server.enqueue(status(code));
            ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
                    () -> client(EXACT).restore(twoIds()));
            assertThat(e.status()).isEqualTo(code);
            assertThat(e.attempts()).isEqualTo(1);
        }
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void serverErrorsAreRetriedWhenTheCallerOptsIn() {
        server.enqueue(status(500), status(502), status(504), Reply.status(204));

        RestoreResult result = client(EXACT.toBuilder().retryServerErrors(true).build()).restore(twoIds());

        assertThat(result.attempts()).isEqualTo(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aStormOf429EndsWhenTheAttemptsAreSpentWithTheLastStatusAndCount() {
        server.otherwise(status(429, "Retry-After", "1"));

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client(EXACT).restore(twoIds()));

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.getMessage()).contains("4 attempts").contains("Retry-After 1 s");
        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aStormOf503EndsWhenTheAttemptsAreSpentAsThrottling() {
        server.otherwise(status(503));

        ThrottledException e = catchThrowableOfType(ThrottledException.class,
                () -> client(EXACT).restore(twoIds()));

        assertThat(e.status()).isEqualTo(503);
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.category()).isEqualTo(FailureCategory.THROTTLED);
        assertThat(e.mayHaveBeenApplied()).as("a 503 means Webex did nothing").isFalse();
        assertThat(server.requestCount()).isEqualTo(4);
    }

    @Test
    void aWaitThatWouldPassTheCallTimeoutIsNotStartedAndTheLastErrorIsThrown() {
        server.otherwise(status(429, "Retry-After", "40"));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .callTimeout(Duration.ofSeconds(30)).build();

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(40));
        assertThat(time.sleeps()).isEmpty();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aWaitThatWouldEndExactlyAtTheCallTimeoutIsNotStartedEither() {
        server.otherwise(status(429, "Retry-After", "30"));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .callTimeout(Duration.ofSeconds(30)).build();

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty(); // sleeping to the deadline would leave no time for the attempt
    }

    @Test
    void theCallTimeoutBoundsTheSumOfTheWaits() {
        server.otherwise(status(429, "Retry-After", "10"));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time)
                .retryPolicy(EXACT.toBuilder().maxAttempts(10).build()).callTimeout(Duration.ofSeconds(25)).build();

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));

        // t=0 fails, wait to t=10, fails, wait to t=20, fails; a third wait would end at t=30 > 25
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void everyAttemptCarriesItsOwnTrackingIdAndTheErrorNamesTheLast() {
        server.otherwise(status(429, "Retry-After", "0"));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .trackingIdPrefix("OPS-RESTORE_").build();

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));

        List<String> sent = server.requests().stream().map(r -> r.header("TrackingID")).toList();
        assertThat(sent).hasSize(4).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("OPS-RESTORE_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(e.requestTrackingId()).isEqualTo(sent.get(3));
    }

    @Test
    void aTokenSupplierIsAskedOnEveryAttemptSoARefreshedTokenIsUsed() {
        server.enqueue(status(429, "Retry-After", "1"), Reply.status(204));
        AtomicInteger calls = new AtomicInteger();
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .accessToken(() -> "token-number-" + calls.incrementAndGet()).build();

        client.restore(twoIds());

        assertThat(server.requests()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-number-1", "Bearer token-number-2");
    }

    @Test
    void aTokenSupplierThatFailsStopsTheCallWithoutSendingAndWithoutRetrying() {
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .accessToken(() -> {
                    throw new IllegalStateException("vault unreachable");
                }).build();

        WebexClientException e = catchThrowableOfType(WebexClientException.class, () -> client.restore(twoIds()));

        assertThat(e).isExactlyInstanceOf(WebexClientException.class);
        assertThat(e.getMessage()).contains("accessToken supplier failed").contains("before attempt 1");
        assertThat(e.attempts()).isZero();
        assertThat(e.requestTrackingId()).isNull();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void anInterruptedWaitEndsTheCallWithTheLastErrorAndKeepsTheInterruptFlag() {
        server.enqueue(status(429, "Retry-After", "3"), Reply.status(204));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .sleeper(duration -> {
                    throw new InterruptedException("shutting down");
                }).build();

        try {
            ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));

            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(server.requestCount()).isEqualTo(1);
        } finally {
            Thread.interrupted(); // clear the flag for the next test on this thread
        }
    }

    @Test
    void oneLogLinePerAttemptWithEverythingSupportAsksFor() {
        server.enqueue(status(429, "Retry-After", "3"), Reply.status(204));
        WebexRecordingsClient client = client(EXACT);

        try (LogCapture logs = new LogCapture()) {
            RestoreResult result = client.restore(twoIds());

            List<String> lines = logs.lines();
            assertThat(lines).hasSize(2);
            String firstTrackingId = server.requests().get(0).header("TrackingID");
            assertThat(lines.get(0)).matches("Webex restore attempt 1 \\(call 1\\): POST /v1/recordings/restore -> 429 "
                    + "in \\d+ ms, "
                    + "TrackingID " + firstTrackingId + ", server trackingId -, retry in 3 s");
            assertThat(lines.get(1)).matches("Webex restore attempt 2 \\(call 1\\): POST /v1/recordings/restore -> 204 "
                    + "in \\d+ ms, "
                    + "TrackingID " + result.trackingId() + ", server trackingId -, success");
        }
    }
}
