package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.stream.Stream;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static io.github.wxrestore.client.Fixtures.webexError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every documented status, and undocumented ones, arrive as the right type with the Webex error parsed. */
@ExtendWith(LoopbackServerExtension.class)
class StatusMappingTest {

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

    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class, WebexStatus.BAD_REQUEST),
                Arguments.of(401, AuthorizationException.class, WebexStatus.UNAUTHORIZED),
                Arguments.of(403, AuthorizationException.class, WebexStatus.FORBIDDEN),
                Arguments.of(404, ResourceStateException.class, WebexStatus.NOT_FOUND),
                Arguments.of(405, BadRequestException.class, WebexStatus.METHOD_NOT_ALLOWED),
                Arguments.of(409, ResourceStateException.class, WebexStatus.CONFLICT),
                Arguments.of(410, ResourceStateException.class, WebexStatus.GONE),
                Arguments.of(415, BadRequestException.class, WebexStatus.UNSUPPORTED_MEDIA_TYPE),
                Arguments.of(423, ThrottledException.class, WebexStatus.LOCKED),
                Arguments.of(428, BadRequestException.class, WebexStatus.PRECONDITION_REQUIRED),
                Arguments.of(429, ThrottledException.class, WebexStatus.TOO_MANY_REQUESTS),
                Arguments.of(500, ServerErrorException.class, WebexStatus.INTERNAL_SERVER_ERROR),
                Arguments.of(502, ServerErrorException.class, WebexStatus.BAD_GATEWAY),
                Arguments.of(503, ThrottledException.class, WebexStatus.SERVICE_UNAVAILABLE),
                Arguments.of(504, ServerErrorException.class, WebexStatus.GATEWAY_TIMEOUT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("documentedErrors")
    void documentedErrorStatusArrivesAsItsFamilyWithTheWebexErrorParsed(int status,
            Class<? extends WebexApiException> family, WebexStatus documented) {
        server.enqueue(Reply.json(status, webexError("Something about " + status + ".", "Detail of " + status + ".",
                "ROUTER_" + status), Map.of()));

        WebexApiException e = catchThrowableOfType(WebexApiException.class, () -> client.restore(twoIds()));

        assertThat(e).isInstanceOf(family);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.documentedStatus()).contains(documented);
        assertThat(e.category()).isEqualTo(documented.category());
        assertThat(e.mayHaveBeenApplied()).as("only a server error leaves it open")
                .isEqualTo(documented.category() == FailureCategory.SERVER_OR_NETWORK);
        assertThat(e.webexMessage()).contains("Something about " + status + ".");
        assertThat(e.errorDescriptions()).containsExactly("Detail of " + status + ".");
        assertThat(e.serverTrackingId()).contains("ROUTER_" + status);
        assertThat(e.attempts()).isEqualTo(1);
        String sentTrackingId = server.requests().get(0).header("TrackingID");
        assertThat(e.requestTrackingId()).isEqualTo(sentTrackingId).startsWith("WXRESTORE_");
        assertThat(e.getMessage())
                .contains(status + " " + documented.reasonPhrase())
                .contains("Something about " + status + ".")
                .contains("Detail of " + status + ".")
                .contains("ROUTER_" + status)
                .contains(sentTrackingId)
                .contains("1 attempt");
    }

    @Test
    void familiesOfTheDocumentedStatusesMatchTheExceptionTypes() {
        assertThat(WebexStatus.values()).hasSize(15);
        documentedErrors().forEach(arguments -> {
            WebexStatus status = (WebexStatus) arguments.get()[2];
            String typeName = ((Class<?>) arguments.get()[1]).getSimpleName();
            assertThat(typeName).startsWith(switch (status.category()) {
                case REJECTED -> "BadRequest";
                case AUTHORIZATION -> "Authorization";
                case NOT_FOUND -> "ResourceState";
                case THROTTLED -> "Throttled";
                case SERVER_OR_NETWORK -> "ServerError";
                case CLIENT -> "(never: a status is an answer)";
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {200, 201, 202, 204})
    void documentedSuccessStatusesAreResults(int status) {
        server.enqueue(status == 204 ? Reply.status(204)
                : Reply.json(status, "{\"anything\":true}", Map.of("TrackingID", "ROUTER_ok")));

        RestoreResult result = client.restore(twoIds());

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.isNoContent()).isEqualTo(status == 204);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.trackingId()).isEqualTo(server.requests().get(0).header("TrackingID"));
        if (status != 204) {
            assertThat(result.serverTrackingId()).contains("ROUTER_ok");
            assertThat(result.headers().firstValue("content-type")).contains("application/json");
        }
    }

    @Test
    void aSuccessWithAnHtmlBodyIsStillASuccess() {
        server.enqueue(new Reply(200, Map.of("Content-Type", java.util.List.of("text/html")),
                "<html><body>OK</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(client.restore(twoIds()).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {418, 451, 505, 599})
    void undocumentedStatusesAreUnexpectedStatusErrorsNotCrashes(int status) {
        server.enqueue(Reply.json(status, webexError("Odd.", "Odd detail.", "ROUTER_odd"), Map.of()));

        UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class,
                () -> client.restore(twoIds()));

        assertThat(e.status()).isEqualTo(status);
        assertThat(e.documentedStatus()).isEmpty();
        assertThat(e.webexMessage()).contains("Odd.");
        assertThat(e.getMessage()).contains(status + " (undocumented status)").contains("ROUTER_odd");
    }

    @Test
    void authorizationFailuresTellAuthenticationFromPermission() {
        server.enqueue(Reply.status(401), Reply.status(403));

        assertThat(catchThrowableOfType(AuthorizationException.class, () -> client.restore(twoIds()))
                .isAuthentication()).isTrue();
        assertThat(catchThrowableOfType(AuthorizationException.class, () -> client.restore(twoIds()))
                .isAuthentication()).isFalse();
    }

    @Test
    void serverTrackingIdFallsBackToAResponseHeaderInEitherSpelling() {
        server.enqueue(
                Reply.json(404, "{\"message\":\"gone\"}", Map.of("trackingId", "ROUTER_lower")),
                Reply.json(404, "{\"message\":\"gone\"}", Map.of("TrackingID", "ROUTER_upper")),
                Reply.json(404, "{\"message\":\"gone\",\"trackingId\":\"ROUTER_body\"}",
                        Map.of("TrackingID", "ROUTER_hdr")));

        assertThat(catchThrowableOfType(WebexApiException.class, () -> client.restore(twoIds())).serverTrackingId())
                .contains("ROUTER_lower");
        assertThat(catchThrowableOfType(WebexApiException.class, () -> client.restore(twoIds())).serverTrackingId())
                .contains("ROUTER_upper");
        assertThat(catchThrowableOfType(WebexApiException.class, () -> client.restore(twoIds())).serverTrackingId())
                .contains("ROUTER_body");
    }
}
