package io.github.wxrestore.reliability;

import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A server cannot forge log lines: the tracking ID a Webex error body carries goes into the client's
 * per-attempt log line, and one holding line breaks (CR, LF, NEL, the Unicode line and paragraph separators)
 * must not start a new line there. The exception still reports the value as the server sent it.
 */
class LogForgingTest {

    private static final String FORGED = "2026-03-02 10:00:00 INFO  Webex restore attempt 1: POST /v1/recordings/"
            + "restore -> 204, success";

    @ParameterizedTest(name = "break: U+{0}")
    @ValueSource(strings = {"000D", "000A", "0085", "2028", "2029"})
    void aTrackingIdWithALineBreakCannotStartANewLogLine(String codePoint) {
        String lineBreak = Character.toString(Integer.parseInt(codePoint, 16));
        String trackingId = "ROUTER_x" + lineBreak + FORGED;
        String body = "{\"message\":\"slow down\",\"trackingId\":\"" + trackingId.replace("\r", "\\r")
                .replace("\n", "\\n") + "\"}";
        try (LoopbackServer server = LoopbackServer.start(); EverythingCaptured captured = new EverythingCaptured()) {
            server.otherwise(Reply.json(429, body, Map.of("Retry-After", "1")));
            WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), new FakeTime())
                    .retryPolicy(RetryPolicy.builder().maxAttempts(2).maxWait(Duration.ofSeconds(5)).build()).build();

            WebexApiException e = catchThrowableOfType(WebexApiException.class,
                    () -> client.restore(Reliability.oneId()));

            assertThat(e.serverTrackingId()).contains(trackingId);
            List<String> lines = captured.slf4jEvents().stream()
                    .filter(line -> line.startsWith(WebexRecordingsClient.class.getName())).toList();
            assertThat(lines).hasSize(2).allSatisfy(line -> {
                assertThat(line).contains("ROUTER_x").contains("Webex restore attempt");
                assertThat(line).doesNotContain("\r", "\n", "\u0085", "\u2028", "\u2029");
            });
            assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u0085", "\u2028", "\u2029");
        }
    }
}
