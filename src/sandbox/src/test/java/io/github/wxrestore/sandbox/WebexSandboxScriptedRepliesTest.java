package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every documented status on demand (what provider states use), over real HTTP. */
class WebexSandboxScriptedRepliesTest {

    static final List<Integer> DOCUMENTED = ScriptedReply.DOCUMENTED_STATUSES;

    @RegisterExtension
    static final SandboxPerClass shared = new SandboxPerClass(builder -> builder.recordingsPerHost(3));

    private static WebexSandbox sandbox;
    private static SandboxHttp http;
    private static String id;

    @BeforeAll
    static void start() {
        sandbox = shared.sandbox();
        http = shared.http();
        id = sandbox.seededIds(ANN, 1).get(0);
    }

    @Test
    void theDocumentedStatusesAreTheOnesOfTheDocumentation() {
        assertThat(DOCUMENTED).containsExactly(200, 201, 202, 204, 400, 401, 403, 404, 405, 409, 410, 415, 423, 428,
                429, 500, 502, 503, 504);
    }

    @ParameterizedTest
    @FieldSource("DOCUMENTED")
    void eachDocumentedStatusIsProducedOnceOnDemandAndChangesNothing(int status) {
        sandbox.respondNext(status);

        Answer scripted = http.post().as(ANN).trackingId("T-" + status).ids(id).send();
        Answer after = http.post().as(ANN).ids(id).send();

        assertThat(scripted.status()).isEqualTo(status);
        assertThat(scripted.header("TrackingID")).isEqualTo("T-" + status);
        assertThat(scripted.header("Retry-After")).isNull();
        if (status == 204) {
            assertThat(scripted.body()).isEmpty();
        } else if (status < 300) {
            assertThat(scripted.body()).isEqualTo("{}");
        } else {
            assertThat(scripted.message()).isNotBlank();
            assertThat(scripted.descriptions()).isNotEmpty();
            assertThat(scripted.trackingId()).isEqualTo("T-" + status);
        }
        assertThat(after.status()).isEqualTo(204);
        assertThat(sandbox.restoredIds()).containsExactly(id);
        assertThat(sandbox.pendingScriptedReplies()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {423, 429, 503})
    void retryAfterCanBeScriptedWhereTheSpecDeclaresIt(int status) {
        sandbox.respondNext(status, "7");
        sandbox.respondNext(status);

        Answer with = http.post().as(ANN).ids(id).send();
        Answer without = http.post().as(ANN).ids(id).send();

        assertThat(with.status()).isEqualTo(status);
        assertThat(with.header("Retry-After")).isEqualTo("7");
        assertThat(without.status()).isEqualTo(status);
        assertThat(without.header("Retry-After")).isNull();
        assertThat(sandbox.recycleBin(SITE, ANN)).contains(id);
    }

    @Test
    void aScriptedReplyCanHaveNoBodyOrBeAnHtmlPageOrAMalformedRetryAfter() {
        sandbox.respondNext(ScriptedReply.status(429).withoutBody().retryAfterSeconds(3),
                ScriptedReply.status(504).asHtmlGatewayPage(),
                ScriptedReply.status(429).retryAfter("rand(30),add(30)"));

        Answer bare = http.post().as(ANN).ids(id).send();
        Answer html = http.post().as(ANN).ids(id).send();
        Answer malformed = http.post().as(ANN).ids(id).send();

        assertThat(bare.status()).isEqualTo(429);
        assertThat(bare.body()).isEmpty();
        assertThat(bare.header("Retry-After")).isEqualTo("3");
        assertThat(bare.header("TrackingID")).isNotBlank();
        assertThat(html.status()).isEqualTo(504);
        assertThat(html.body()).contains("<h1>504 Gateway Time-out</h1>");
        assertThat(malformed.header("Retry-After")).isEqualTo("rand(30),add(30)");
    }

    @Test
    void scriptedRepliesAnswerInOrderAndWinOverEverythingButThePath() {
        sandbox.respondNext(500);
        sandbox.respondNext(503);
        sandbox.respondNext(405);

        assertThat(http.post().path("/v1/elsewhere").send().status()).isEqualTo(404);
        assertThat(http.request("GET").send().status()).isEqualTo(500);
        assertThat(http.post().send().status()).isEqualTo(503);
        Answer notAllowed = http.post().as(ANN).ids(id).send();
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.header("Allow")).isEqualTo("POST");
        assertThat(http.post().send().status()).isEqualTo(401);
    }

    @Test
    void resetDropsPendingReplies() {
        sandbox.respondNext(500);

        sandbox.reset();

        assertThat(sandbox.pendingScriptedReplies()).isZero();
        assertThat(http.post().as(ANN).ids(id).send().status()).isEqualTo(204);
    }

    @Test
    void onlyDocumentedStatusesAndDeclaredHeadersCanBeScripted() {
        assertThatThrownBy(() -> sandbox.respondNext(418))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("418").hasMessageContaining("428");
        assertThatThrownBy(() -> ScriptedReply.status(400).retryAfter("5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("423, 429 and 503");
        assertThatThrownBy(() -> ScriptedReply.status(404).asHtmlGatewayPage())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScriptedReply.status(429).retryAfter("1\r\nX: y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
