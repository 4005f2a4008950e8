package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** The documented success path and the recycle-bin state behind it, over real HTTP. */
class WebexSandboxRestoreTest {

    @RegisterExtension
    static final SandboxPerClass shared = new SandboxPerClass(builder -> builder.recordingsPerHost(120));

    private static WebexSandbox sandbox;
    private static SandboxHttp http;

    @BeforeAll
    static void start() {
        sandbox = shared.sandbox();
        http = shared.http();
    }

    @Test
    void restoredRecordingsLeaveTheBinWith204AndNoBody() {
        List<String> ids = sandbox.seededIds(ANN, 2);

        Answer answer = http.post().as(ANN).ids(ids).send();

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.header("TrackingID")).isNotBlank();
        assertThat(sandbox.restoredIds()).containsExactlyElementsOf(ids);
        assertThat(sandbox.recycleBin(SITE, ANN)).doesNotContainAnyElementsOf(ids).hasSize(118);
    }

    @Test
    void restoringTheSameRecordingTwiceAnswers404TheSecondTime() {
        String id = sandbox.seededIds(ANN, 1).get(0);
        assertThat(http.post().as(ANN).ids(id).send().status()).isEqualTo(204);

        Answer again = http.post().as(ANN).ids(id).send();

        assertThat(again.status()).isEqualTo(404);
        assertThat(again.descriptions()).containsExactly("Recording not found: " + id);
        assertThat(sandbox.restoredIds()).containsExactly(id);
    }

    @Test
    void aMixOfKnownAndUnknownIdsRestoresNothingAndNamesEachUnknownId() {
        List<String> known = sandbox.seededIds(ANN, 2);

        Answer answer = http.post().as(ANN).ids(known.get(0), "nope-1", known.get(1), "nope-2").send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("Recording not found in the recycle bin.");
        assertThat(answer.descriptions()).containsExactly("Recording not found: nope-1", "Recording not found: nope-2");
        assertThat(sandbox.restoredIds()).isEmpty();
        assertThat(sandbox.recycleBin(SITE, ANN)).containsAll(known);
    }

    @Test
    void withoutSiteUrlTheHostsPreferredSiteIsUsed() {
        String onEu = sandbox.seededIds(EU_SITE, ANN, 1).get(0);
        String onPreferred = sandbox.seededIds(ANN, 1).get(0);

        assertThat(http.post().as(ANN).ids(onEu).send().status()).isEqualTo(404);
        assertThat(http.post().as(ANN).ids(onPreferred).send().status()).isEqualTo(204);
        assertThat(http.post().as(ANN).body("{\"recordingIds\":[\"" + onEu + "\"],\"siteUrl\":\"Example-EU.webex.com\"}")
                .send().status()).isEqualTo(204);
        assertThat(sandbox.restoredIds()).containsExactly(onPreferred, onEu);
    }

    @Test
    void anotherHostsRecordingIsNotFound() {
        String bobs = sandbox.seededIds(BOB, 1).get(0);

        Answer answer = http.post().as(ANN).body(
                "{\"recordingIds\":[\"" + bobs + "\"],\"siteUrl\":\"" + EU_SITE + "\"}").send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(sandbox.recycleBin(EU_SITE, BOB)).contains(bobs);
    }

    @Test
    void restoreAllEmptiesTheHostsBinOnThatSiteOnly() {
        Answer answer = http.post().as(ANN).body("{\"restoreAll\":true}").send();

        assertThat(answer.status()).isEqualTo(204);
        assertThat(sandbox.recycleBin(SITE, ANN)).isEmpty();
        assertThat(sandbox.recycleBin(EU_SITE, ANN)).hasSize(120);
        assertThat(sandbox.recycleBin(SITE, ADMIN)).hasSize(120);
        assertThat(sandbox.restoredIds()).containsExactlyElementsOf(sandbox.seededIds(ANN, 120));
        // an empty bin has nothing left to restore: still a success, and nothing more is restored
        assertThat(http.post().as(ANN).body("{\"restoreAll\":true,\"recordingIds\":[]}").send().status())
                .isEqualTo(204);
        assertThat(sandbox.restoredIds()).hasSize(120);
    }

    @Test
    void anAdminRestoresAnotherHostsRecordingsOnThatHostsPreferredSite() {
        List<String> bobs = sandbox.seededIds(BOB, 3);

        Answer answer = http.post().as(ADMIN).hostEmail("Bob@Example.com").ids(bobs).send();

        assertThat(answer.status()).isEqualTo(204);
        assertThat(sandbox.restoredIds()).containsExactlyElementsOf(bobs);
        assertThat(sandbox.requests()).last().extracting(RecordedRequest::caller).isEqualTo(ADMIN);
    }

    @Test
    void anAdminWithoutHostEmailRestoresOwnRecordings() {
        List<String> own = sandbox.seededIds(ADMIN, 1);

        assertThat(http.post().as(ADMIN).ids(own).send().status()).isEqualTo(204);
        assertThat(sandbox.restoredIds()).containsExactlyElementsOf(own);
    }

    @Test
    void oneHundredIdsIsTheMostOneRequestRestores() {
        List<String> ids = sandbox.seededIds(ANN, 100);

        assertThat(http.post().as(ANN).ids(ids).send().status()).isEqualTo(204);
        assertThat(sandbox.restoredIds()).hasSize(100);
    }

    @Test
    void theRequestsTrackingIdIsEchoedInHeaderAndBody() {
        Answer answer = http.post().as(ANN).trackingId("WXRESTORE_abc-123").ids("nope").send();

        assertThat(answer.header("TrackingID")).isEqualTo("WXRESTORE_abc-123");
        assertThat(answer.trackingId()).isEqualTo("WXRESTORE_abc-123");
    }

    @Test
    void withoutATrackingIdTheSandboxMakesOneAndRepeatsItForTheSameSeed() {
        Answer first = http.post().as(ANN).ids("nope").send();
        Answer second = http.post().as(ANN).ids("nope").send();

        assertThat(first.header("TrackingID")).startsWith("SANDBOX_").isEqualTo(first.trackingId())
                .isNotEqualTo(second.header("TrackingID"));
        try (WebexSandbox twin = WebexSandbox.builder().recordingsPerHost(1).start()) {
            assertThat(new SandboxHttp(twin).post().as(ANN).ids("nope").send().header("TrackingID"))
                    .isEqualTo(first.header("TrackingID"));
        }
    }

    @Test
    void timesRequestedCountsEveryRequestNamingTheIdWhateverItsAnswer() {
        String id = sandbox.seededIds(ANN, 1).get(0);

        http.post().body("{\"recordingIds\":[\"" + id + "\"]}").send();                  // 401
        http.post().as(ANN).body("{\"recordingIds\":[\"" + id + "\",\"" + id + "\"]}").send(); // 400, twice
        http.post().as(ANN).ids(id).send();                                               // 204
        http.post().as(ANN).ids(id).send();                                               // 404

        assertThat(sandbox.timesRequested(id)).isEqualTo(5);
        assertThat(sandbox.timesRequested("never-named")).isZero();
    }

    @Test
    void everyRequestIsRecordedWithItsAnswerAndTheTokenRedacted() {
        String id = sandbox.seededIds(ADMIN, 1).get(0);
        http.post().as(ADMIN).hostEmail(ADMIN).trackingId("T-1").ids(id).send();

        RecordedRequest recorded = sandbox.requests().get(0);

        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v1/recordings/restore");
        assertThat(recorded.query()).isEqualTo("hostEmail=admin%40example.com");
        assertThat(recorded.header("authorization")).isEqualTo("Bearer <redacted>");
        assertThat(recorded.header("TrackingID")).isEqualTo("T-1");
        assertThat(recorded.body()).isEqualTo("{\"recordingIds\":[\"" + id + "\"]}");
        assertThat(recorded.caller()).isEqualTo(ADMIN);
        assertThat(recorded.response().status()).isEqualTo(204);
        assertThat(recorded.response().header("trackingid")).isEqualTo("T-1");
        assertThat(recorded.toString()).doesNotContain(SandboxAccounts.ADMIN_TOKEN);
    }

    @Test
    void addedRecordingsCanBeRestoredUntilReset() {
        sandbox.addToRecycleBin(SITE, ANN, "4f914b1dfe3c4d11a61730f18c0f5387");

        assertThat(http.post().as(ANN).ids("4f914b1dfe3c4d11a61730f18c0f5387").send().status()).isEqualTo(204);
        sandbox.addToRecycleBin(SITE, ANN, "4f914b1dfe3c4d11a61730f18c0f5387");
        sandbox.reset();
        assertThat(http.post().as(ANN).ids("4f914b1dfe3c4d11a61730f18c0f5387").send().status()).isEqualTo(404);
    }

    @Test
    void resetRefillsTheBinsAndForgetsTheHistory() {
        List<String> ids = sandbox.seededIds(ANN, 5);
        http.post().as(ANN).ids(ids).send();

        sandbox.reset();

        assertThat(sandbox.recycleBin(SITE, ANN)).containsAll(ids).hasSize(120);
        assertThat(sandbox.restoredIds()).isEmpty();
        assertThat(sandbox.timesRequested(ids.get(0))).isZero();
        assertThat(sandbox.requests()).isEmpty();
        assertThat(http.post().as(ANN).ids(ids).send().status()).isEqualTo(204);
    }

    @Test
    void unknownPathsAnswer404WithAWebexBodyNamingTheEndpoints() {
        Answer answer = http.post().as(ANN).path("/v1/recording").ids("x").send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("The requested resource could not be found.");
        assertThat(answer.descriptions()).containsExactly("Nothing at '/v1/recording'; the endpoints are POST "
                + "/v1/recordings/restore, GET /v1/recordings, GET /v1/admin/recordings.");
        assertThat(answer.trackingId()).isEqualTo(answer.header("TrackingID"));
    }

    @Test
    void aPostToTheListingRestoresNothingAndIs405() {
        Answer answer = http.post().as(ANN).path("/v1/recordings").ids(sandbox.seededIds(ANN, 1)).send();

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET");
        assertThat(sandbox.restoredIds()).isEmpty();
    }
}
