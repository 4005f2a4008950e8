package io.github.wxrestore.reliability;

import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.UnexpectedStatusException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A server that redirects the restore call elsewhere (every redirect status, to another port and to another
 * host name) gets an error back, never a follow-up request carrying the token: the second server receives
 * nothing, whatever redirect policy the caller's own {@code HttpClient.Builder} asked for.
 */
class RedirectNotFollowedTest {

    private LoopbackServer first;
    private LoopbackServer second;

    @BeforeEach
    void start() {
        first = LoopbackServer.start();
        second = LoopbackServer.start();
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    static Stream<Arguments> statusesTimesPolicies() {
        return Stream.of(301, 302, 303, 307, 308).flatMap(status -> Stream.of("client default", "ALWAYS", "NORMAL")
                .flatMap(policy -> Stream.of("127.0.0.1", "localhost").map(host -> Arguments.of(status, policy,
                        host))));
    }

    @ParameterizedTest(name = "{0} to {2}, caller's builder: {1}")
    @MethodSource("statusesTimesPolicies")
    void aRedirectIsReportedNotFollowed(int status, String policy, String host) {
        String target = second.baseUrl().replace("127.0.0.1", host) + "/recordings/restore";
        first.enqueue(new Reply(status, Map.of("Location", List.of(target)), new byte[0]));
        WebexRecordingsClient.Builder builder = TestClients.clientFor(first.baseUrl(), new FakeTime());
        if (!policy.equals("client default")) {
            builder.httpClientBuilder(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.valueOf(policy)));
        }

        Throwable thrown = catchThrowable(() -> builder.build().restore(Reliability.oneId()));

        assertThat(thrown).isExactlyInstanceOf(UnexpectedStatusException.class);
        UnexpectedStatusException e = (UnexpectedStatusException) thrown;
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains(status + " (undocumented status), not followed (Location: " + target
                + ")");
        assertThat(first.requestCount()).isEqualTo(1);
        assertThat(second.requestCount()).as("requests that reached the redirect target").isZero();
    }
}
