package io.github.wxrestore.reliability;

import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.ServerErrorException;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.ThrottledException;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.client.WebexStatus;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.FaultSchedule;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.wxrestore.reliability.Reliability.oneId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Servers that fail every call: the client gives up when its budget (attempts, or the call timeout) is spent,
 * with the last status and the number of attempts in the error, and waits exactly as its policy says on the way.
 */
@ExtendWith(LoopbackServerExtension.class)
class StormTest {

    /** Backoffs 1, 2, 4, 8, 8... s without jitter; four attempts. */
    private static final RetryPolicy FOUR_ATTEMPTS = RetryPolicy.builder().maxAttempts(4)
            .baseDelay(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(8)).maxWait(Duration.ofSeconds(60))
            .jitter(RetryPolicy.Jitter.NONE).build();
    private static final List<Duration> BACKOFFS = seconds(1, 2, 4);

    private LoopbackServer server;
    private FakeTime time;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        time = new FakeTime();
    }

    private WebexRecordingsClient client(RetryPolicy policy, Duration callTimeout) {
        return TestClients.clientFor(server.baseUrl(), time).retryPolicy(policy).callTimeout(callTimeout).build();
    }

    @ParameterizedTest(name = "{0} on every call, retryServerErrors={1}: {2} attempts")
    @CsvSource({
            "500, false, 1", "500, true, 4",
            "502, false, 1", "502, true, 4",
            "503, false, 4", "503, true, 4", // 503 means nothing was done: always retried
            "504, false, 1", "504, true, 4"})
    void aStormOfServerErrorsEndsWhenTheAttemptsAreSpent(int status, boolean retryServerErrors, int attempts) {
        server.otherwise(Reply.json(status, "{\"message\":\"down\"}", Map.of()));
        RetryPolicy policy = FOUR_ATTEMPTS.toBuilder().retryServerErrors(retryServerErrors).build();

        // 503 is throttling (Webex did nothing), the others server errors
        Class<? extends WebexApiException> expected = status == 503 ? ThrottledException.class
                : ServerErrorException.class;
        WebexApiException e = catchThrowableOfType(WebexApiException.class,
                () -> client(policy, Duration.ofMinutes(5)).restore(oneId()));
        assertThat(e).isExactlyInstanceOf(expected);

        assertGaveUpWith(e, status, attempts);
        assertThat(time.sleeps()).containsExactlyElementsOf(BACKOFFS.subList(0, attempts - 1));
    }

    @ParameterizedTest(name = "{0} with Retry-After [{1}] on every call")
    @CsvSource(value = {"429, 2", "429, NONE", "423, 2", "503, 2"}, nullValues = "NONE")
    void aStormOfThrottlingEndsWhenTheAttemptsAreSpent(int status, String retryAfter) {
        server.otherwise(Reply.json(status, "{\"message\":\"wait\"}",
                retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter)));

        WebexApiException e = catchThrowableOfType(WebexApiException.class,
                () -> client(FOUR_ATTEMPTS, Duration.ofMinutes(5)).restore(oneId()));

        assertGaveUpWith(e, status, 4);
        assertThat(e.retryAfter()).isEqualTo(retryAfter == null ? Optional.empty()
                : Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter))));
        assertThat(time.sleeps()).containsExactlyElementsOf(retryAfter == null ? BACKOFFS
                : Collections.nCopies(3, Duration.ofSeconds(Long.parseLong(retryAfter))));
    }

    @Test
    void aStormOf503WithoutRetryAfterEndsWhenTheCallTimeoutIsSpent() {
        server.otherwise(Reply.json(503, "{\"message\":\"overloaded\"}", Map.of()));

        ThrottledException e = catchThrowableOfType(ThrottledException.class,
                () -> client(FOUR_ATTEMPTS.toBuilder().maxAttempts(100).build(), Duration.ofSeconds(60))
                        .restore(oneId()));

        // attempts at t = 0, 1, 3, 7, 15, 23, 31, 39, 47, 55 s; one more 8 s wait would reach the 60 s deadline
        assertGaveUpWith(e, 503, 10);
        assertThat(time.sleeps()).containsExactlyElementsOf(seconds(1, 2, 4, 8, 8, 8, 8, 8, 8));
    }

    @Test
    void aStormOf429WithRetryAfterEndsWhenTheCallTimeoutIsSpent() {
        server.otherwise(Reply.json(429, "{\"message\":\"slow down\"}", Map.of("Retry-After", "10")));

        ThrottledException e = catchThrowableOfType(ThrottledException.class,
                () -> client(FOUR_ATTEMPTS.toBuilder().maxAttempts(100).build(), Duration.ofSeconds(60))
                        .restore(oneId()));

        // attempts at t = 0, 10, 20, 30, 40, 50 s; a wait to t = 60 s would leave no time for another
        assertGaveUpWith(e, 429, 6);
        assertThat(time.sleeps()).containsExactlyElementsOf(Collections.nCopies(5, Duration.ofSeconds(10)));
    }

    @Test
    void aMixedStormReportsTheLastStatusNotTheFirst() {
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "1")), Reply.json(503, "{}", Map.of()),
                Reply.json(502, "{}", Map.of()));
        server.otherwise(Reply.json(500, "{\"message\":\"finally\"}", Map.of()));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
                () -> client(FOUR_ATTEMPTS.toBuilder().retryServerErrors(true).build(), Duration.ofMinutes(5))
                        .restore(oneId()));

        assertGaveUpWith(e, 500, 4);
        assertThat(e.webexMessage()).contains("finally");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aSandboxFailingEveryCallWith503IsRetriedToTheBudgetAndRestoresNothing() {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(1)
                .faults(SandboxFaults.builder().serverErrors(503, FaultSchedule.everyNth(1)).build()).start()) {
            String id = sandbox.seededIds(SandboxAccounts.ANN, 1).get(0);
            WebexRecordingsClient client = TestClients.clientFor(sandbox.baseUrl(), time)
                    .accessToken(sandbox.user(SandboxAccounts.ANN).token()).retryPolicy(FOUR_ATTEMPTS).build();

            ThrottledException e = catchThrowableOfType(ThrottledException.class,
                    () -> client.restore(new RestoreRecordingsRequest().recordingIds(List.of(id))));

            assertThat(e.status()).isEqualTo(503);
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(sandbox.timesRequested(id)).isEqualTo(4);
            assertThat(sandbox.restoredIds()).isEmpty();
            assertThat(sandbox.requests()).extracting(r -> r.header("TrackingID")).doesNotHaveDuplicates()
                    .contains(e.requestTrackingId());
        }
    }

    // the last status, its reason phrase and the attempt count, in the fields and in the one-line message
    private void assertGaveUpWith(WebexApiException e, int status, int attempts) {
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.attempts()).isEqualTo(attempts);
        assertThat(e.getMessage())
                .startsWith("Restore call failed with " + status + " "
                        + WebexStatus.of(status).orElseThrow().reasonPhrase())
                .contains(attempts + (attempts == 1 ? " attempt]" : " attempts"));
        assertThat(server.requestCount()).isEqualTo(attempts);
        assertThat(e.requestTrackingId()).isEqualTo(server.requests().get(attempts - 1).header("TrackingID"));
    }

    private static List<Duration> seconds(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }
}
