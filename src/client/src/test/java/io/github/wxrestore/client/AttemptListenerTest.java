package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An {@link AttemptListener} hears the whole story of a call, in order, with the same TrackingIDs that went on
 * the wire and the exact waits: what a metrics hook or a progress display builds on.
 */
@ExtendWith(LoopbackServerExtension.class)
class AttemptListenerTest {

    /** No jitter: backoffs 1 s, 2 s, 4 s. */
    private static final RetryPolicy EXACT = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(8)).jitter(RetryPolicy.Jitter.NONE).build();

    private LoopbackServer server;
    private FakeTime time;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        time = new FakeTime();
    }

    @Test
    void aCallWithTwoRetriesIsHeardFromItsFirstAttemptToItsResult() {
        server.enqueue(Reply.json(429, "{\"message\":\"slow down\"}", Map.of("Retry-After", "1")),
                Reply.json(503, "{\"message\":\"busy\"}", Map.of()), Reply.status(204));
        Story story = new Story();

        RestoreResult result = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT).attemptListener(story)
                .build().restore(twoIds());

        List<String> sent = server.requests().stream().map(r -> r.header("TrackingID")).toList();
        assertThat(story.events).containsExactly(
                "started 1/1 " + sent.get(0),
                "answered 1/1 429",
                "retry 1/1 in 1 s (RETRY_AFTER)",
                "started 1/2 " + sent.get(1),
                "answered 1/2 503",
                "retry 1/2 in 2 s (THROTTLED)",
                "started 1/3 " + sent.get(2),
                "answered 1/3 204",
                "succeeded 1/3 " + result.trackingId());
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aCallThatRunsOutOfAttemptsEndsWithGaveUpAndTheExceptionItThrows() {
        server.otherwise(Reply.json(429, "{\"message\":\"slow down\"}", Map.of("Retry-After", "1")));
        Story story = new Story();

        ThrottledException thrown = catchThrowableOfType(ThrottledException.class,
                () -> TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT).attemptListener(story).build()
                        .restore(twoIds()));

        assertThat(story.events).containsExactly(
                "started 1/1 " + server.requests().get(0).header("TrackingID"), "answered 1/1 429",
                "retry 1/1 in 1 s (RETRY_AFTER)",
                "started 1/2 " + server.requests().get(1).header("TrackingID"), "answered 1/2 429",
                "retry 1/2 in 1 s (RETRY_AFTER)",
                "started 1/3 " + thrown.requestTrackingId(), "answered 1/3 429",
                "gave up 1 after 1/3: NO_ATTEMPTS_LEFT, " + thrown.requestTrackingId());
        assertThat(story.failures).containsExactly(thrown);
    }

    @Test
    void aCallsOwnListenerHearsOnlyThatCallAfterTheClientsListener() {
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "2")), Reply.status(204), Reply.status(204));
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .attemptListener(new AttemptListener() {
                    @Override
                    public void succeeded(AttemptAnswer answer, RestoreResult result) {
                        order.add("client heard call " + answer.attempt().callId());
                    }
                }).build();
        AttemptListener mine = new AttemptListener() {
            @Override
            public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
                order.add("call heard a retry in " + HumanText.duration(wait));
            }

            @Override
            public void succeeded(AttemptAnswer answer, RestoreResult result) {
                order.add("call heard call " + answer.attempt().callId());
            }
        };

        client.restore(twoIds(), null, RequestOptions.builder().listener(mine).build());
        client.restore(twoIds());

        assertThat(order).containsExactly("call heard a retry in 2 s", "client heard call 1", "call heard call 1",
                "client heard call 2");
    }

    @Test
    void aListenerThatThrowsChangesNothingAboutTheCall() {
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "1")), Reply.status(204));
        AttemptListener broken = new AttemptListener() {
            @Override
            public void attemptStarted(Attempt attempt) {
                throw new IllegalStateException("a bug in a metrics hook");
            }

            @Override
            public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
                throw new IllegalStateException("another one");
            }
        };

        try (LogCapture logs = new LogCapture()) {
            RestoreResult result = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                    .attemptListener(broken).build().restore(twoIds());

            assertThat(result.attempts()).isEqualTo(2);
            assertThat(server.requestCount()).isEqualTo(2);
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
            assertThat(logs.events()).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .extracting(e -> e.getFormattedMessage()).hasSize(3).allSatisfy(line -> assertThat(line)
                            .contains(broken.getClass().getName()).contains("ignored, the call goes on"));
        }
    }

    @Test
    void aFailureThePolicyNeverRetriesIsNotRetryableEvenOnTheLastAttemptAllowed() {
        server.enqueue(Reply.json(404, "{\"message\":\"not found\"}", Map.of()));
        Story story = new Story();

        ResourceStateException e = catchThrowableOfType(ResourceStateException.class,
                () -> TestClients.clientFor(server.baseUrl(), time).retryPolicy(RetryPolicy.none())
                        .attemptListener(story).build().restore(twoIds()));

        assertThat(story.events).last().asString().isEqualTo("gave up 1 after 1/1: NOT_RETRYABLE, "
                + e.requestTrackingId());
    }

    @Test
    void anAbandonedCallSendsNothingNotEvenItsFirstAttempt() {
        Story story = new Story();
        List<String> steps = new ArrayList<>();

        WebexClientException e = catchThrowableOfType(WebexClientException.class,
                () -> TestClients.clientFor(server.baseUrl(), time).attemptListener(story).build().restore(twoIds(),
                        null, RequestOptions.builder().abandonWhen(() -> true)
                                .beforeSending(() -> steps.add("sending")).build()));

        assertThat(e.attempts()).isZero();
        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(e.category()).isEqualTo(FailureCategory.CLIENT);
        assertThat(story.events).containsExactly("gave up 1 after -: ABANDONED, null");
        assertThat(steps).isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void theStepBeforeSendingRunsOnceRightBeforeTheFirstAttemptAndItsFailureSendsNothing() {
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "1")), Reply.status(204));
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        Story story = new Story() {
            @Override
            public void attemptStarted(Attempt attempt) {
                steps.add("attempt " + attempt.number());
            }
        };
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .attemptListener(story).build();

        client.restore(twoIds(), null, RequestOptions.builder().beforeSending(() -> steps.add("before")).build());
        IllegalStateException refused = catchThrowableOfType(IllegalStateException.class, () -> client.restore(
                twoIds(), null, RequestOptions.builder().beforeSending(() -> {
                    throw new IllegalStateException("the journal is full");
                }).build()));

        assertThat(steps).containsExactly("before", "attempt 1", "attempt 2");
        assertThat(refused).hasMessage("the journal is full");
        assertThat(server.requestCount()).as("the refused call sent nothing").isEqualTo(2);
    }

    @Test
    void aCallAbandonedDuringARetryAfterWaitEndsTheWaitAtOnceWithTheAnswerItGot() {
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "30")));
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Story story = new Story() {
            @Override
            public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
                super.retryScheduled(answer, wait, reason);
                new Thread(() -> stop.set(true)).start(); // a signal, while the call waits 30 s
            }
        };
        // the real clock and the system sleeper: the wait is a real one
        WebexRecordingsClient client = WebexRecordingsClient.builder().baseUrl(server.baseUrl())
                .accessToken(TestClients.TOKEN).retryPolicy(EXACT).callTimeout(Duration.ofMinutes(2))
                .attemptListener(story).build();
        long start = System.nanoTime();

        WebexApiException e = catchThrowableOfType(WebexApiException.class, () -> client.restore(twoIds(), null,
                RequestOptions.builder().abandonWhen(stop::get).build()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(story.events).last().asString().startsWith("gave up 1 after -: ABANDONED");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aCallAbandonedWhileItsTokenWasFetchedSendsNothing() {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> steps = new ArrayList<>();
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).accessToken(() -> {
            stop.set(true); // another worker got a 401 meanwhile
            return TestClients.TOKEN;
        }).build();

        WebexClientException e = catchThrowableOfType(WebexClientException.class, () -> client.restore(twoIds(), null,
                RequestOptions.builder().abandonWhen(stop::get).beforeSending(() -> steps.add("sending")).build()));

        assertThat(e.attempts()).isZero();
        assertThat(steps).isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aCallWhoseTimeRanOutInTheStepBeforeSendingSendsNothing() {
        Story story = new Story();
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).attemptListener(story)
                .callTimeout(Duration.ofSeconds(5)).build();

        WebexTransportException e = catchThrowableOfType(WebexTransportException.class, () -> client.restore(twoIds(),
                null, RequestOptions.builder().beforeSending(() -> time.advance(Duration.ofSeconds(6))).build()));

        assertThat(e.attempts()).isZero();
        assertThat(e.isTimeout()).isTrue();
        assertThat(story.events).containsExactly("gave up 1 after -: CALL_TIMEOUT, null");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void anInterruptedCallerSendsNothingAndKeepsItsInterrupt() {
        Thread.currentThread().interrupt();
        try {
            WebexClientException e = catchThrowableOfType(WebexClientException.class,
                    () -> TestClients.clientFor(server.baseUrl(), time).build().restore(twoIds()));

            assertThat(e.attempts()).isZero();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(server.requestCount()).isZero();
        } finally {
            Thread.interrupted();
        }
    }

    /** Writes down every event, one line each. */
    private static class Story implements AttemptListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final List<WebexClientException> failures = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void pausedByGate(long callId, int nextAttempt, Duration wait) {
            events.add("paused " + callId + "/" + nextAttempt + " " + HumanText.duration(wait));
        }

        @Override
        public void attemptStarted(Attempt attempt) {
            events.add("started " + attempt.callId() + "/" + attempt.number() + " " + attempt.trackingId());
        }

        @Override
        public void attemptAnswered(AttemptAnswer answer) {
            events.add("answered " + at(answer) + " " + answer.status());
        }

        @Override
        public void succeeded(AttemptAnswer answer, RestoreResult result) {
            events.add("succeeded " + at(answer) + " " + result.trackingId());
        }

        @Override
        public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
            events.add("retry " + at(answer) + " in " + HumanText.duration(wait) + " (" + reason + ")");
        }

        @Override
        public void gaveUp(long callId, AttemptAnswer answer, WebexClientException failure, GiveUpReason reason) {
            events.add("gave up " + callId + " after " + (answer == null ? "-" : at(answer)) + ": " + reason + ", "
                    + failure.requestTrackingId());
            failures.add(failure);
        }

        private static String at(AttemptAnswer answer) {
            return answer.attempt().callId() + "/" + answer.attempt().number();
        }
    }
}
