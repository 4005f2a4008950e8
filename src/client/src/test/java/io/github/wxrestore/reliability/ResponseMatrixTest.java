package io.github.wxrestore.reliability;

import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.client.WebexStatus;
import io.github.wxrestore.client.internal.RestoreExchange;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static io.github.wxrestore.reliability.Reliability.oneId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every documented error status times every malformed response ({@link ResponseShape}): the caller always gets
 * the typed error of the status's family, with the raw body kept and bounded and a one-line message; never a
 * crash. Success statuses with the same malformed bodies are still successes.
 */
@ExtendWith(LoopbackServerExtension.class)
class ResponseMatrixTest {

    /** A message is for a log line: it quotes the body briefly, however big the body. */
    private static final int MAX_MESSAGE_CHARS = 1_000;

    private LoopbackServer server;
    private WebexRecordingsClient client;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        client = TestClients.clientFor(server.baseUrl(), new FakeTime()).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    static Stream<Arguments> documentedErrorsTimesShapes() {
        return Arrays.stream(WebexStatus.values())
                .flatMap(status -> Arrays.stream(ResponseShape.values()).map(shape -> Arguments.of(status, shape)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("documentedErrorsTimesShapes")
    void everyDocumentedErrorWithAMalformedResponseIsATypedErrorOfItsFamily(WebexStatus status, ResponseShape shape) {
        server.enqueue(shape.reply(status.code()));

        Throwable thrown = catchThrowable(() -> client.restore(oneId()));

        assertThat(thrown).isExactlyInstanceOf(Reliability.familyType(status));
        WebexApiException e = (WebexApiException) thrown;
        assertThat(e.status()).isEqualTo(status.code());
        assertThat(e.documentedStatus()).contains(status);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.requestTrackingId()).isEqualTo(server.requests().get(0).header("TrackingID"));
        assertThat(e.rawBody().length()).isLessThanOrEqualTo(RestoreExchange.MAX_BODY_BYTES);
        assertThat(e.getMessage())
                .startsWith("Restore call failed with " + status.code() + " " + status.reasonPhrase())
                .contains(e.requestTrackingId())
                .doesNotContain("\n").doesNotContain("\r")
                .hasSizeLessThan(MAX_MESSAGE_CHARS);
        shape.check(e);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    static Stream<Arguments> successesTimesShapes() {
        return Stream.of(200, 201, 202)
                .flatMap(status -> Arrays.stream(ResponseShape.values()).map(shape -> Arguments.of(status, shape)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("successesTimesShapes")
    void aSuccessStatusWithAMalformedBodyIsStillASuccess(int status, ResponseShape shape) {
        server.enqueue(shape.reply(status));

        RestoreResult result = client.restore(oneId());

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.trackingId()).isEqualTo(server.requests().get(0).header("TrackingID"));
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
