package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static io.github.wxrestore.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The access token never appears in log lines (any level), exception messages, bodies kept or toString(). */
@ExtendWith(LoopbackServerExtension.class)
class RedactionTest {

    private LoopbackServer server;
    private FakeTime time;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        time = new FakeTime();
    }

    @Test
    void noLogLineAtAnyLevelAndNoMessageCarriesTheToken() throws IOException {
        server.enqueue(Reply.json(429, "{\"message\":\"slow down\"}", Map.of("Retry-After", "1")), Reply.status(204),
                Reply.json(401, "{\"message\":\"The request requires a valid access token\"}", Map.of()),
                Reply.status(500));
        List<Throwable> failures = new ArrayList<>();
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).build();

        try (LogCapture logs = new LogCapture()) {
            client.restore(twoIds());
            failures.add(catchThrowable(() -> client.restore(twoIds())));
            failures.add(catchThrowable(() -> client.restore(twoIds())));
            failures.add(catchThrowable(() -> TestClients.clientFor(refusedUrl(), time).build().restore(twoIds())));

            assertThat(logs.events()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(logs.events()).allSatisfy(event -> {
                assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
                assertThat(String.valueOf(event.getArgumentArray() == null ? "" : List.of(event.getArgumentArray())))
                        .doesNotContain(TOKEN);
            });
        }
        assertThat(failures).hasSize(3).allSatisfy(e -> assertThat(fullText(e)).doesNotContain(TOKEN));
        // and the token did go where it belongs
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void aServerThatEchoesTheTokenHasItMaskedInBodyHeadersAndMessage() {
        server.enqueue(Reply.json(400, "{\"message\":\"bad header Authorization: Bearer " + TOKEN + "\","
                        + "\"errors\":[{\"description\":\"token " + TOKEN + " refused\"}]}",
                Map.of("X-Echo-Authorization", "Bearer " + TOKEN)));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).build();

        try (LogCapture logs = new LogCapture()) {
            BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.restore(twoIds()));

            assertThat(fullText(e)).doesNotContain(TOKEN).contains("Bearer [REDACTED]");
            assertThat(e.rawBody()).doesNotContain(TOKEN).contains("[REDACTED]");
            assertThat(e.webexMessage().orElseThrow()).doesNotContain(TOKEN);
            assertThat(e.errorDescriptions()).allSatisfy(d -> assertThat(d).doesNotContain(TOKEN));
            assertThat(e.headers().firstValue("X-Echo-Authorization")).contains("Bearer [REDACTED]");
            assertThat(logs.lines()).allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
        }
    }

    @Test
    void toStringOfEveryConfigAndResultTypeHidesTheToken() {
        WebexRecordingsClient.Builder builder = TestClients.clientFor(server.baseUrl(), time);
        WebexRecordingsClient client = builder.build();
        server.enqueue(Reply.status(204));
        RestoreResult result = client.restore(twoIds());

        assertThat(builder.toString()).doesNotContain(TOKEN).contains("accessToken=[REDACTED]");
        assertThat(client.toString()).doesNotContain(TOKEN).contains("accessToken=[REDACTED]");
        assertThat(WebexRecordingsClient.builder().accessToken(() -> TOKEN).toString())
                .doesNotContain(TOKEN).contains("[REDACTED, from a supplier]");
        assertThat(RetryPolicy.defaults().toString()).doesNotContain(TOKEN);
        assertThat(result.toString()).doesNotContain(TOKEN).contains(result.trackingId());
    }

    @Test
    void anUnusableTokenIsRefusedAtBuildTimeWithoutEchoingIt() {
        for (String bad : List.of(TOKEN + "\r\nX-Injected: 1", TOKEN + "\n", "Bearer " + TOKEN, TOKEN + " ")) {
            Throwable e = catchThrowable(() -> WebexRecordingsClient.builder().accessToken(bad).build());
            assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessToken");
            assertThat(fullText(e)).doesNotContain(TOKEN);
        }
    }

    @Test
    void anUnusableTokenFromASupplierIsRefusedAtUseTimeWithoutEchoingItAndNothingIsSent() {
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time)
                .accessToken(() -> TOKEN + "\r\nX-Injected: yes").build();

        WebexClientException e = catchThrowableOfType(WebexClientException.class, () -> client.restore(twoIds()));

        assertThat(e.getMessage()).contains("supplier returned an unusable token").contains("carriage return (CR)");
        assertThat(fullText(e)).doesNotContain(TOKEN);
        assertThat(server.requestCount()).isZero();
    }

    // message, toString and causes, all the way down
    static String fullText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                text.append(suppressed).append('\n');
            }
        }
        return text.toString();
    }

    private static String refusedUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }
    }

    @Test
    void aTokenShorterThanEightCharactersIsNotMaskedInServerText() {
        server.enqueue(Reply.json(400, "{\"message\":\"abc is not a recording\"}", Map.of()));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).accessToken("abc").build();

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.restore(twoIds()));

        // masking "abc" everywhere would mangle ordinary text: the server's words stay as they were
        assertThat(e.webexMessage()).contains("abc is not a recording");
    }
}
