package io.github.wxrestore.reliability;

import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.ThrottledException;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.wxrestore.reliability.Reliability.oneId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every form of {@code Retry-After} ({@link RetryAfterForm}) on each status that carries it (423, 429, 503):
 * the exact wait the client takes, recorded by the fake sleeper, and what the final error reports. Two attempts
 * allowed, both answered with the same status, so each case shows one wait and one typed error.
 */
@ExtendWith(LoopbackServerExtension.class)
class RetryAfterMatrixTest {

    static final Duration BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(2).baseDelay(BACKOFF).maxBackoff(BACKOFF)
            .maxWait(MAX_WAIT).jitter(RetryPolicy.Jitter.NONE).build();
    /** Far beyond the longest wait, so that only the header decides. */
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);

    private LoopbackServer server;
    private FakeTime time;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        time = new FakeTime();
    }

    static Stream<Arguments> statusesTimesForms() {
        return Stream.of(423, 429, 503)
                .flatMap(status -> Arrays.stream(RetryAfterForm.values()).map(form -> Arguments.of(status, form)));
    }

    @ParameterizedTest(name = "{0} with Retry-After {1}")
    @MethodSource("statusesTimesForms")
    void theClientWaitsExactlyWhatTheHeaderMeansThenReportsIt(int status, RetryAfterForm form) {
        server.otherwise(reply(status, form.header));
        // 423 is retried only when Webex says when; any Retry-After header counts, even an unreadable one
        boolean retried = status != 423 || form.header != null;

        Throwable thrown = catchThrowable(() -> TestClients.clientFor(server.baseUrl(), time).retryPolicy(POLICY)
                .callTimeout(CALL_TIMEOUT).build().restore(oneId()));

        assertThat(thrown).isExactlyInstanceOf(ThrottledException.class); // 503 too: Webex did nothing
        WebexApiException e = (WebexApiException) thrown;
        assertThat(e.status()).isEqualTo(status);
        if (retried) {
            assertThat(time.sleeps()).containsExactly(form.wait);
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.retryAfter()).isEqualTo(form.reportedOnSecondAttempt);
            assertThat(e.getMessage()).contains("2 attempts");
        } else {
            assertThat(time.sleeps()).isEmpty();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.retryAfter()).isEmpty();
        }
        assertThat(server.requestCount()).isEqualTo(e.attempts());
        assertThat(server.requests()).extracting(r -> r.header("TrackingID")).doesNotHaveDuplicates();
    }

    private static Reply reply(int status, String retryAfter) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        if (retryAfter != null) {
            headers.put("Retry-After", List.of(retryAfter));
        }
        return new Reply(status, headers, ("{\"message\":\"status " + status + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
