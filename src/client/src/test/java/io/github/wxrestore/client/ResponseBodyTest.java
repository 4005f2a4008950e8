package io.github.wxrestore.client;

import io.github.wxrestore.client.internal.RestoreExchange;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServerExtension;
import io.github.wxrestore.testing.SocketFaultServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Whatever the body looks like, the caller gets a typed error with the raw body kept, bounded. */
@ExtendWith(LoopbackServerExtension.class)
class ResponseBodyTest {

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

    private WebexApiException failWith(Reply reply) {
        server.enqueue(reply);
        return catchThrowableOfType(WebexApiException.class, () -> client.restore(twoIds()));
    }

    private static Reply raw(int status, String contentType, byte[] body) {
        return new Reply(status, contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType)), body);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyBodyIsFine() {
        WebexApiException e = failWith(Reply.status(429));

        assertThat(e).isInstanceOf(ThrottledException.class);
        assertThat(e.rawBody()).isEmpty();
        assertThat(e.webexMessage()).isEmpty();
        assertThat(e.errorDescriptions()).isEmpty();
        assertThat(e.getMessage()).contains("429 Too Many Requests: no response body");
    }

    @Test
    void anHtmlPageFromAGatewayIsKeptRawAndQuotedBriefly() {
        String html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body>\r\n</html>\r\n";

        WebexApiException e = failWith(raw(502, "text/html", utf8(html)));

        assertThat(e).isInstanceOf(ServerErrorException.class);
        assertThat(e.rawBody()).isEqualTo(html);
        assertThat(e.webexMessage()).isEmpty();
        assertThat(e.getMessage()).contains("502 Bad Gateway: no Webex error message; the body starts with "
                + "\"<html> <head><title>502 Bad Gateway</title></head> <body>nginx</body> </html>\"");
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void plainTextTruncatedJsonAndJsonOfTheWrongShapeAreTolerated() {
        assertThat(failWith(raw(503, "text/plain", utf8("Service Unavailable"))).rawBody())
                .isEqualTo("Service Unavailable");
        WebexApiException truncated = failWith(raw(400, "application/json", utf8("{\"message\":\"cut sh")));
        assertThat(truncated.webexMessage()).isEmpty();
        assertThat(truncated.rawBody()).isEqualTo("{\"message\":\"cut sh");
        WebexApiException array = failWith(raw(400, "application/json", utf8("[1,2,3]")));
        assertThat(array.webexMessage()).isEmpty();
        WebexApiException odd = failWith(raw(400, "application/json", utf8("{\"message\":{\"nested\":1},"
                + "\"errors\":[{\"description\":\"only this\"}]}")));
        assertThat(odd.webexMessage()).isEmpty();
        assertThat(odd.errorDescriptions()).containsExactly("only this");
        assertThat(odd.getMessage()).contains("400 Bad Request: only this");
    }

    @Test
    void aMissingOrWrongContentTypeDoesNotStopAWebexErrorFromBeingRead() {
        String json = Fixtures.webexError("Gone for good.", "Purged.", "ROUTER_x");
        assertThat(failWith(raw(410, null, utf8(json))).webexMessage()).contains("Gone for good.");
        assertThat(failWith(raw(410, "text/html", utf8(json))).webexMessage()).contains("Gone for good.");
    }

    @Test
    void aTenMegabyteBodyIsReadOnlyUpToTheLimit() {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');

        WebexApiException e = failWith(raw(500, "text/plain", huge));

        assertThat(e.rawBody()).hasSize(RestoreExchange.MAX_BODY_BYTES);
        assertThat(e.isRawBodyTruncated()).isTrue();
        assertThat(e.getMessage()).hasSizeLessThan(1_000);
    }

    @Test
    void theRestOfAHugeBodyIsNeverDownloadedTheConnectionIsDropped() throws InterruptedException {
        AtomicLong written = new AtomicLong();
        CountDownLatch ended = new CountDownLatch(1);
        try (SocketFaultServer endless = SocketFaultServer.start(SocketFaultServer.endlessBody(500, written, ended))) {
            WebexRecordingsClient toEndless = TestClients.clientFor(endless.baseUrl(), new FakeTime())
                    .retryPolicy(RetryPolicy.none()).build();

            ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
                    () -> toEndless.restore(twoIds()));

            assertThat(e.rawBody()).hasSize(RestoreExchange.MAX_BODY_BYTES);
            assertThat(ended.await(5, TimeUnit.SECONDS)).as("the server noticed the dropped connection").isTrue();
            // socket buffers absorb a few MiB at most; draining would have taken the whole GiB
            assertThat(written.get()).isLessThan(64L * 1024 * 1024);
        }
    }

    @Test
    void aBodyOfExactlyTheLimitIsNotTruncated() {
        byte[] exact = new byte[RestoreExchange.MAX_BODY_BYTES];
        Arrays.fill(exact, (byte) 'y');

        WebexApiException e = failWith(raw(500, "text/plain", exact));

        assertThat(e.rawBody()).hasSize(RestoreExchange.MAX_BODY_BYTES);
        assertThat(e.isRawBodyTruncated()).isFalse();
    }

    @Test
    void theBodyIsDecodedAsUtf8() {
        WebexApiException e = failWith(raw(409, "application/json; charset=utf-8",
                utf8(Fixtures.webexError("Conflit: réunion « Zürich » – 会议", "déjà", "ROUTER_é"))));

        assertThat(e.webexMessage()).contains("Conflit: réunion « Zürich » – 会议");
        assertThat(e.serverTrackingId()).contains("ROUTER_é");
    }

    @Test
    void duplicateHeadersAreKeptAndTheFirstValueIsUsed() {
        Map<String, List<String>> headers = Map.of(
                "Retry-After", List.of("2", "90"),
                "TrackingID", List.of("ROUTER_first", "ROUTER_second"));

        WebexApiException e = failWith(new Reply(429, headers, new byte[0]));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(e.serverTrackingId()).contains("ROUTER_first");
        assertThat(e.headers().allValues("Retry-After")).containsExactly("2", "90");
    }

    @Test
    void aGzipBodyTheClientDidNotAskForIsStillReadable() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(utf8(Fixtures.webexError("Compressed.", "Still readable.", "ROUTER_gz")));
        }
        Reply reply = new Reply(404, Map.of("Content-Type", List.of("application/json"),
                "Content-Encoding", List.of("gzip")), zipped.toByteArray());

        WebexApiException e = failWith(reply);

        assertThat(e.webexMessage()).contains("Compressed.");
        assertThat(e.serverTrackingId()).contains("ROUTER_gz");
    }

    @Test
    void manyErrorDescriptionsAreSummarisedInTheMessageButAllKept() {
        StringBuilder errors = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            errors.append(i > 1 ? "," : "").append("{\"description\":\"problem ").append(i).append("\"}");
        }
        WebexApiException e = failWith(raw(400, "application/json",
                utf8("{\"message\":\"Six problems.\",\"errors\":[" + errors + "]}")));

        assertThat(e.errorDescriptions()).hasSize(6);
        assertThat(e.getMessage()).contains("Six problems. (problem 1; problem 2; problem 3; 3 more)");
    }
}
