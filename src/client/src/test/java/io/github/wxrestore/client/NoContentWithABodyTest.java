package io.github.wxrestore.client;

import ch.qos.logback.classic.Level;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.SocketFaultServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 204 that carries a body (the JDK refuses to read it: "unexpected content length header with 204 response") is
 * the success Webex sent: a result, with a warning, never retried into a failure. Against a raw socket server, as
 * the JDK's own HTTP server will not send such an answer.
 */
class NoContentWithABodyTest {

    @Test
    void aNoContentWithABodyIsASuccessWithAWarning() {
        try (SocketFaultServer server = SocketFaultServer.start((socket, out, closing) -> {
            out.write(("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\nTrackingID: ROUTER_1\r\n\r\nhello")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            closing.await();
        }); LogCapture logs = new LogCapture()) {
            WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), new FakeTime())
                    .retryPolicy(RetryPolicy.builder().retryServerErrors(true).build()).build();

            RestoreResult result = client.restore(twoIds());

            assertThat(result.status()).isEqualTo(204);
            assertThat(result.attempts()).as("not retried").isEqualTo(1);
            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(logs.events()).anySatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).contains("204 No Content with a body")
                        .contains("taken as the success it is");
            });
        }
    }
}
