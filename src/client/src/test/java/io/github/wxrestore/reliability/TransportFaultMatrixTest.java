package io.github.wxrestore.reliability;

import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.client.WebexTransportException;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.SocketFaultServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import static io.github.wxrestore.reliability.Reliability.oneId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every transport fault ({@link TransportFault}) under every retry budget: each call ends in a
 * {@link WebexTransportException} (a timeout exactly when only a timer could end it) within the attempt and call
 * timeouts, after exactly the attempts the budget allows. Real time, kept to a few hundred milliseconds a case.
 */
class TransportFaultMatrixTest {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(400);
    /** Scheduling on two shared cores: generous, yet below the 6 s the trickle would take if nothing cut it. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    /** How much the client may try: never more than the budget, whichever part of it runs out first. */
    enum Budget {
        /** The default policy: I/O failures are not retried (the restore may have happened). */
        NO_RETRY(RetryPolicy.defaults(), Duration.ofSeconds(5)),
        /** Opted in: two attempts, 20 ms apart. */
        TWO_ATTEMPTS(quick(2, Duration.ofMillis(20)), Duration.ofSeconds(5)),
        /** Opted in: attempts without end, 50 ms apart, until the 1 s call timeout. */
        CALL_TIMEOUT(quick(100, Duration.ofMillis(50)), Duration.ofSeconds(1));

        final RetryPolicy policy;
        final Duration callTimeout;

        Budget(RetryPolicy policy, Duration callTimeout) {
            this.policy = policy;
            this.callTimeout = callTimeout;
        }

        private static RetryPolicy quick(int attempts, Duration backoff) {
            return RetryPolicy.builder().maxAttempts(attempts).baseDelay(backoff).maxBackoff(backoff)
                    .jitter(RetryPolicy.Jitter.NONE).retryServerErrors(true).build();
        }
    }

    @BeforeAll
    static void warmUp() {
        // the first calls of a JVM load the HTTP stack, the validator and the failure paths: not what the
        // attempt timeout should measure
        try (LoopbackServer server = LoopbackServer.start()) {
            WebexRecordingsClient.builder().baseUrl(server.baseUrl()).accessToken(TestClients.TOKEN).build()
                    .restore(oneId());
        }
        catchThrowable(() -> WebexRecordingsClient.builder().baseUrl(Reliability.refusedUrl())
                .accessToken(TestClients.TOKEN).build().restore(oneId()));
    }

    static Stream<Arguments> faultsTimesBudgets() {
        return Arrays.stream(TransportFault.values())
                .flatMap(fault -> Arrays.stream(Budget.values()).map(budget -> Arguments.of(fault, budget)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("faultsTimesBudgets")
    void everyTransportFaultEndsInTimeWithinTheRetryBudget(TransportFault fault, Budget budget) {
        SocketFaultServer server = fault.server();
        try {
            WebexRecordingsClient client = WebexRecordingsClient.builder()
                    .baseUrl(fault.baseUrl(server))
                    .accessToken(TestClients.TOKEN).connectTimeout(ATTEMPT_TIMEOUT).attemptTimeout(ATTEMPT_TIMEOUT)
                    .callTimeout(budget.callTimeout).retryPolicy(budget.policy).build();
            long start = System.nanoTime();

            Throwable thrown = catchThrowable(() -> client.restore(oneId()));

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(thrown).isExactlyInstanceOf(WebexTransportException.class);
            WebexTransportException e = (WebexTransportException) thrown;
            if (fault.timesOut) {
                assertThat(e.isTimeout()).as("timeout").isTrue();
            } else if (e.isTimeout()) {
                // a quick failure, retried until the last attempt had only the end of the call timeout left
                assertThat(budget).isEqualTo(Budget.CALL_TIMEOUT);
                assertThat(e.getMessage()).contains("timed out (call timeout)");
            }
            assertThat(e.requestTrackingId()).startsWith("WXRESTORE_");
            assertThat(e.getMessage()).contains(e.requestTrackingId())
                    .contains(e.attempts() + (e.attempts() == 1 ? " attempt]" : " attempts]"));
            switch (budget) {
                case NO_RETRY -> assertThat(e.attempts()).isEqualTo(1);
                case TWO_ATTEMPTS -> assertThat(e.attempts()).isEqualTo(2);
                case CALL_TIMEOUT -> assertThat(e.attempts()).isBetween(2, fault.timesOut
                        ? (int) (budget.callTimeout.toMillis() / ATTEMPT_TIMEOUT.toMillis()) + 1 : 99);
            }
            if (fault.requestReachesServer()) {
                // an attempt the call timeout cut short may end before the server has read its request
                boolean lastCutShort = budget == Budget.CALL_TIMEOUT && e.isTimeout() && !fault.timesOut;
                assertThat(server.requestCount()).as("requests the server read")
                        .isBetween(lastCutShort ? e.attempts() - 1 : e.attempts(), e.attempts());
            }
            Duration allowed = budget == Budget.CALL_TIMEOUT ? budget.callTimeout
                    : ATTEMPT_TIMEOUT.plusMillis(50).multipliedBy(e.attempts());
            assertThat(took).as("time to give up").isLessThan(allowed.plus(SLACK));
            if (fault.timesOut && budget == Budget.NO_RETRY) {
                assertThat(took).as("the attempt timeout ended it").isGreaterThan(ATTEMPT_TIMEOUT.minusMillis(50));
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
