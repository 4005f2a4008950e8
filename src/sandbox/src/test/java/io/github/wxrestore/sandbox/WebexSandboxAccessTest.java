package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** Tokens, scopes, hosts and sites: 401, 403 and the 404s that are not about recordings, over real HTTP. */
class WebexSandboxAccessTest {

    @RegisterExtension
    static final SandboxPerClass shared = new SandboxPerClass(builder -> builder.recordingsPerHost(5));

    private static WebexSandbox sandbox;
    private static SandboxHttp http;
    private static String annsId;

    @BeforeAll
    static void start() {
        sandbox = shared.sandbox();
        http = shared.http();
        annsId = sandbox.seededIds(ANN, 1).get(0);
    }

    @Test
    void noAuthorizationHeaderIs401() {
        Answer answer = http.post().ids(annsId).send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.message())
                .isEqualTo("The request requires a valid access token set in the Authorization request header.");
        assertThat(answer.descriptions()).containsExactly("No Authorization header was sent.");
        assertThat(sandbox.restoredIds()).isEmpty();
    }

    @Test
    void anUnknownTokenIs401() {
        Answer answer = http.post().token("not-a-sandbox-token").ids(annsId).send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.descriptions()).containsExactly("The access token is not valid.");
    }

    @Test
    void anotherSchemeThanBearerIs401() {
        Answer answer = http.post().header("Authorization", "Basic " + SandboxAccounts.ANN_TOKEN).ids(annsId).send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.descriptions()).containsExactly("The Authorization header is not 'Bearer <token>'.");
        assertThat(answer.body()).doesNotContain(SandboxAccounts.ANN_TOKEN);
    }

    @Test
    void theBearerSchemeIsReadInAnyCase() {
        assertThat(http.post().header("Authorization", "bearer " + SandboxAccounts.ANN_TOKEN).ids(annsId).send()
                .status()).isEqualTo(204);
    }

    @Test
    void hostEmailWithUserScopeIs403AndRestoresNothing() {
        Answer answer = http.post().as(ANN).hostEmail(ANN).ids(annsId).send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).isEqualTo("Not allowed to restore recordings of another host.");
        assertThat(answer.descriptions()).containsExactly("hostEmail requires the scope "
                + "meeting:admin_recordings_write; this token has meeting:recordings_write.");
        assertThat(sandbox.restoredIds()).isEmpty();
    }

    @Test
    void anUnknownHostIs404() {
        Answer answer = http.post().as(ADMIN).hostEmail("nobody@example.com").body("{\"restoreAll\":true}").send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("Host not found.");
        assertThat(answer.descriptions()).containsExactly("No user with the email nobody@example.com.");
    }

    @Test
    void aSiteThatIsNotTheHostsIs404() {
        Answer notBobs = http.post().as(ADMIN).hostEmail(BOB)
                .body("{\"restoreAll\":true,\"siteUrl\":\"" + SITE + "\"}").send();
        Answer unknown = http.post().as(ANN).body("{\"restoreAll\":true,\"siteUrl\":\"other.webex.com\"}").send();

        assertThat(notBobs.status()).isEqualTo(404);
        assertThat(notBobs.descriptions()).containsExactly("example.webex.com is not a site of bob@example.com.");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.message()).isEqualTo("Site not found.");
        assertThat(sandbox.recycleBin(EU_SITE, BOB)).hasSize(5);
    }

    @Test
    void anAdminActsOnlyOnSitesTheyAdminister() {
        SandboxAccounts accounts = SandboxAccounts.of(
                SandboxUser.of("host@example.com", "t-host", SandboxScope.USER, SITE, EU_SITE),
                SandboxUser.of("admin@example.com", "t-admin", SandboxScope.ADMIN, SITE));
        try (WebexSandbox narrow = WebexSandbox.builder().accounts(accounts).recordingsPerHost(2).start()) {
            SandboxHttp client = new SandboxHttp(narrow);

            Answer elsewhere = client.post().token("t-admin").hostEmail("host@example.com")
                    .body("{\"restoreAll\":true,\"siteUrl\":\"" + EU_SITE + "\"}").send();
            Answer managed = client.post().token("t-admin").hostEmail("host@example.com")
                    .body("{\"restoreAll\":true}").send();

            assertThat(elsewhere.status()).isEqualTo(403);
            assertThat(elsewhere.descriptions()).containsExactly("admin@example.com does not administer "
                    + "example-eu.webex.com.");
            assertThat(managed.status()).isEqualTo(204);
            assertThat(narrow.recycleBin(SITE, "host@example.com")).isEmpty();
            assertThat(narrow.recycleBin(EU_SITE, "host@example.com")).hasSize(2);
        }
    }

    @Test
    void authenticationComesBeforeTheContentType() {
        assertThat(http.post().contentType("text/plain").body("hello").send().status()).isEqualTo(401);
    }
}
