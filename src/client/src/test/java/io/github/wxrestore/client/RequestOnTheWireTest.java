package io.github.wxrestore.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.wxrestore.client.Fixtures.ID_1;
import static io.github.wxrestore.client.Fixtures.ID_2;
import static io.github.wxrestore.client.Fixtures.twoIds;
import static io.github.wxrestore.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the client puts on the wire: method, path, query, headers and body; and what it never does (redirects). */
@ExtendWith(LoopbackServerExtension.class)
class RequestOnTheWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoopbackServer server;
    private FakeTime time;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        time = new FakeTime();
    }

    @Test
    void oneCallIsOnePostWithBearerTokenTrackingIdUserAgentAndJsonBody() throws Exception {
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).build();

        RestoreResult result = client.restore(twoIds().siteUrl("example.webex.com"));

        LoopbackServer.Recorded sent = server.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri().getPath()).isEqualTo("/v1/recordings/restore");
        assertThat(sent.rawQuery()).isNull();
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.header("TrackingID")).isEqualTo(result.trackingId()).startsWith("WXRESTORE_");
        // the real version of this build, not a placeholder or nothing
        String version = System.getProperty("project.version");
        assertThat(sent.header("User-Agent"))
                .isEqualTo("webex-recordings-restore/" + version + " (Java/" + Runtime.version().feature() + ")");
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(sent.body())).isEqualTo(JSON.readTree("{\"restoreAll\":false,\"recordingIds\":[\""
                + ID_1 + "\",\"" + ID_2 + "\"],\"siteUrl\":\"example.webex.com\"}"));
    }

    @Test
    void restoreAllSendsNoRecordingIds() {
        TestClients.clientFor(server.baseUrl(), time).build().restore(new RestoreRecordingsRequest().restoreAll(true));

        assertThat(server.requests().get(0).bodyText()).isEqualTo("{\"restoreAll\":true}");
    }

    @Test
    void aCustomUserAgentAndTrackingIdPrefixAreUsed() {
        TestClients.clientFor(server.baseUrl(), time).userAgent("recordings-ops/2.1 (team video)")
                .trackingIdPrefix("OPS_").build().restore(twoIds());

        assertThat(server.requests().get(0).header("User-Agent")).isEqualTo("recordings-ops/2.1 (team video)");
        assertThat(server.requests().get(0).header("TrackingID")).startsWith("OPS_");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ann+ops@example.com", "a&b=c@example.com", "x#y@example.com", "p%q@example.com",
            "o'brien@example.com", "jürgen.müller@example.com"})
    void hostEmailArrivesIntactAndPercentEncoded(String hostEmail) {
        TestClients.clientFor(server.baseUrl(), time).build().restore(twoIds(), hostEmail);

        String rawQuery = server.requests().get(0).rawQuery();
        assertThat(rawQuery).startsWith("hostEmail=").doesNotContain("+").doesNotContain("#");
        assertThat(rawQuery.substring("hostEmail=".length()).chars().filter(c -> c == '&' || c == '=').count())
                .isZero();
        assertThat(URLDecoder.decode(rawQuery.substring("hostEmail=".length()), StandardCharsets.UTF_8))
                .isEqualTo(hostEmail);
    }

    @Test
    void redirectsAreNeverFollowedSoTheTokenStaysWithTheConfiguredHost() {
        try (LoopbackServer elsewhere = LoopbackServer.start()) {
            server.enqueue(new Reply(302, Map.of("Location", List.of(elsewhere.baseUrl() + "/recordings/restore")),
                    new byte[0]));

            UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class,
                    () -> TestClients.clientFor(server.baseUrl(), time).build().restore(twoIds()));

            assertThat(e.status()).isEqualTo(302);
            assertThat(e.getMessage()).contains("302 (undocumented status), not followed (Location: "
                    + elsewhere.baseUrl() + "/recordings/restore)");
            assertThat(elsewhere.requestCount()).isZero();
        }
    }

    @Test
    void redirectsAreNotFollowedEvenWhenTheCallersHttpClientBuilderAskedForThem() {
        try (LoopbackServer elsewhere = LoopbackServer.start()) {
            server.enqueue(new Reply(307, Map.of("Location", List.of(elsewhere.baseUrl() + "/recordings/restore")),
                    new byte[0]));
            HttpClient.Builder permissive = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS);

            UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class,
                    () -> TestClients.clientFor(server.baseUrl(), time).httpClientBuilder(permissive).build()
                            .restore(twoIds()));

            assertThat(e.status()).isEqualTo(307);
            assertThat(elsewhere.requestCount()).isZero();
        }
    }

    @Test
    void laterChangesToTheCallersBodyDoNotReachACallInFlight() {
        List<String> ids = new ArrayList<>(List.of(ID_1));
        RestoreRecordingsRequest body = new RestoreRecordingsRequest().recordingIds(ids);
        List<Runnable> queued = new ArrayList<>();
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).executor(queued::add).build();

        var future = client.restoreAsync(body);
        ids.set(0, "changed-after-the-call");
        body.siteUrl("other.webex.com");
        queued.forEach(Runnable::run);

        assertThat(future.join().status()).isEqualTo(204);
        assertThat(server.requests().get(0).bodyText()).isEqualTo("{\"restoreAll\":false,\"recordingIds\":[\""
                + ID_1 + "\"]}");
    }

    @Test
    void theBaseUrlPathIsKept() {
        String base = server.baseUrl().replace("/v1", "/gateway/v1/");

        TestClients.clientFor(base, time).build().restore(twoIds());

        assertThat(server.requests().get(0).uri()).isEqualTo(URI.create("/gateway/v1/recordings/restore"));
    }
}
