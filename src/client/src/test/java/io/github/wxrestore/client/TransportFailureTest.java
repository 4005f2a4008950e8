package io.github.wxrestore.client;

import io.github.wxrestore.testing.SocketFaultServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Connections that fail or stall end within the configured timeouts with a transport error, and the retry
 * budget is honoured. Uses the real clock and real sleeps, kept to a few hundred milliseconds.
 */
class TransportFailureTest {

    private static final Duration ATTEMPT = Duration.ofMillis(300);
    /** Generous bound for a hang: any real hang would blow far past it. */
    private static final long HANG_BOUND_MILLIS = 5_000;

    private static WebexRecordingsClient.Builder client(String baseUrl) {
        return WebexRecordingsClient.builder().baseUrl(baseUrl).accessToken(TestClients.TOKEN)
                .connectTimeout(Duration.ofMillis(500)).attemptTimeout(ATTEMPT).callTimeout(Duration.ofSeconds(10));
    }

    private static RetryPolicy quickRetries(int attempts) {
        return RetryPolicy.builder().maxAttempts(attempts).baseDelay(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(10)).jitter(RetryPolicy.Jitter.NONE).retryServerErrors(true).build();
    }

    @Test
    void aServerThatNeverAnswersEndsInAnAttemptTimeout() {
        try (SocketFaultServer server = SocketFaultServer.start(SocketFaultServer.neverAnswers())) {
            long start = System.nanoTime();

            WebexTransportException e = catchThrowableOfType(WebexTransportException.class,
                    () -> client(server.baseUrl()).build().restore(twoIds()));

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("timed out (attempt timeout)").contains(e.requestTrackingId());
            assertThat(millis).isGreaterThanOrEqualTo(ATTEMPT.toMillis() - 50).isLessThan(HANG_BOUND_MILLIS);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aBodyThatTricklesInByteByByteIsBoundedByTheAttemptTimeout() {
        String body = "{\"message\":\"" + "x".repeat(200) + "\"}";
        try (SocketFaultServer server = SocketFaultServer.start(
                SocketFaultServer.trickles(500, body, Duration.ofMillis(20)))) {
            long start = System.nanoTime();

            WebexTransportException e = catchThrowableOfType(WebexTransportException.class,
                    () -> client(server.baseUrl()).build().restore(twoIds()));

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(e.isTimeout()).isTrue();
            assertThat(millis).isLessThan(HANG_BOUND_MILLIS); // the whole body would take over 4 s
        }
    }

    @Test
    void aShortTrickleWithinTheBudgetIsReadNormally() {
        try (SocketFaultServer server = SocketFaultServer.start(
                SocketFaultServer.trickles(404, "{\"message\":\"slow\"}", Duration.ofMillis(2)))) {

            ResourceStateException e = catchThrowableOfType(ResourceStateException.class,
                    () -> client(server.baseUrl()).attemptTimeout(Duration.ofSeconds(5)).build().restore(twoIds()));

            assertThat(e.webexMessage()).contains("slow");
        }
    }

    @Test
    void aConnectionResetBeforeTheStatusLineIsATransportFailureNotATimeout() {
        try (SocketFaultServer server = SocketFaultServer.start(SocketFaultServer.resetsBeforeStatusLine())) {

            WebexTransportException e = catchThrowableOfType(WebexTransportException.class,
                    () -> client(server.baseUrl()).build().restore(twoIds()));

            assertThat(e.isTimeout()).isFalse();
            assertThat(e.getCause()).isInstanceOf(IOException.class);
            assertThat(e.getMessage()).contains("I/O failure");
        }
    }

    @Test
    void aConnectionResetMidBodyIsATransportFailureEvenAfterAStatusLine() {
        try (SocketFaultServer server = SocketFaultServer.start(SocketFaultServer.resetsMidBody(429))) {

            WebexTransportException e = catchThrowableOfType(WebexTransportException.class,
                    () -> client(server.baseUrl()).build().restore(twoIds()));

            // an incomplete response is no answer: its status is not trusted, and nothing is retried by default
            assertThat(e.isTimeout()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedConnectionIsATransportFailureAndNotRetriedByDefault() throws IOException {
        String url = refusedUrl();

        WebexTransportException e = catchThrowableOfType(WebexTransportException.class,
                () -> client(url).build().restore(twoIds()));

        assertThat(e.isTimeout()).isFalse();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("ConnectException");
    }

    @Test
    void aRefusedConnectionIsRetriedUpToTheBudgetWhenOptedIn() throws IOException {
        String url = refusedUrl();

        WebexTransportException e = catchThrowableOfType(WebexTransportException.class,
                () -> client(url).retryPolicy(quickRetries(3)).build().restore(twoIds()));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.isTimeout()).isFalse();
    }

    @Test
    void theCallTimeoutBoundsRetriedAttemptsThatEachHang() {
        try (SocketFaultServer server = SocketFaultServer.start(SocketFaultServer.neverAnswers())) {
            long start = System.nanoTime();

            WebexTransportException e = catchThrowableOfType(WebexTransportException.class,
                    () -> client(server.baseUrl()).retryPolicy(quickRetries(20)).callTimeout(Duration.ofMillis(700))
                            .build().restore(twoIds()));

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(e.isTimeout()).isTrue();
            // 300 + 300 + what is left of 700 (about 100): never the 20 attempts the policy would allow
            assertThat(e.attempts()).isBetween(2, 4);
            assertThat(server.requestCount()).isEqualTo(e.attempts());
            assertThat(millis).isGreaterThanOrEqualTo(650).isLessThan(HANG_BOUND_MILLIS);
        }
    }

    @Test
    void theLastAttemptCutShortByTheCallTimeoutSaysSo() {
        try (SocketFaultServer server = SocketFaultServer.start(SocketFaultServer.neverAnswers())) {

            WebexTransportException e = catchThrowableOfType(WebexTransportException.class,
                    () -> client(server.baseUrl()).attemptTimeout(Duration.ofSeconds(5))
                            .callTimeout(Duration.ofMillis(300)).build().restore(twoIds()));

            assertThat(e.getMessage()).contains("timed out (call timeout)");
        }
    }

    // a port that was just free: nothing listens there
    private static String refusedUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }
    }
}
