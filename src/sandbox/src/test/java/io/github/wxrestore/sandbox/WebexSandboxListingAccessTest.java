package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may list what: tokens, the admin scope, hosts and sites, on both listings, over real HTTP. */
class WebexSandboxListingAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final String MONTH_AGO = NOW.minus(Duration.ofDays(30)).toString();
    private static final String LONG_AGO = NOW.minus(Duration.ofDays(401)).toString();

    @RegisterExtension
    static final SandboxPerClass shared = new SandboxPerClass(builder -> builder.recordingsPerHost(120)
            .clock(FakeTime.manualAt(NOW)));

    private static WebexSandbox sandbox;
    private static SandboxHttp http;

    @BeforeAll
    static void start() {
        sandbox = shared.sandbox();
        http = shared.http();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/recordings", "/v1/admin/recordings"})
    void withoutAKnownTokenBothListingsAre401(String path) {
        Answer none = http.request("GET").path(path).send();
        Answer unknown = http.request("GET").path(path).token("nope").send();

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.descriptions()).containsExactly("No Authorization header was sent.");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.descriptions()).containsExactly("The access token is not valid.");
    }

    @Test
    void theAdminListingWithAUsersTokenIs403() {
        Answer answer = http.adminListing().as(ANN).query("status", "deleted").send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).isEqualTo("Not allowed to list the recordings of a site.");
        assertThat(answer.descriptions()).containsExactly("The admin listing requires the scope "
                + "meeting:admin_recordings_read; this token has meeting:recordings_read.");
        assertThat(answer.trackingId()).isEqualTo(answer.header("TrackingID"));
    }

    @Test
    void theAdminListingCoversEveryHostOfTheAdminsPreferredSiteAndNamesThem() {
        Answer answer = http.adminListing().as(ADMIN).query("status", "deleted", "max", "100", "from", MONTH_AGO,
                "to", NOW.toString()).send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.itemIds()).isNotEmpty().containsExactlyElementsOf(deleted(SITE, ANN, ADMIN));
        assertThat(answer.json().path("items")).allSatisfy(item -> {
            assertThat(item.path("siteUrl").asText()).isEqualTo(SITE);
            assertThat(item.path("hostEmail").asText()).isIn(ANN, ADMIN);
            assertThat(item.path("hostDisplayName").asText())
                    .isEqualTo(sandbox.user(item.path("hostEmail").asText()).displayName());
        });
        assertThat(answer.json().path("items")).extracting(item -> item.path("hostEmail").asText())
                .contains(ANN, ADMIN);
    }

    @Test
    void theAdminListingOfAnotherSiteCoversItsHosts() {
        Answer answer = http.adminListing().as(ADMIN).query("status", "deleted", "max", "100", "from", MONTH_AGO,
                "to", NOW.toString(), "siteUrl", EU_SITE).send();

        assertThat(answer.itemIds()).containsExactlyElementsOf(deleted(EU_SITE, ANN, BOB, ADMIN));
    }

    @Test
    void theAdminListingRefusesMoreThan30DaysButNotExactly30() {
        Answer tooLong = http.adminListing().as(ADMIN).query("from", MONTH_AGO, "to", NOW.plusSeconds(1).toString())
                .send();
        Answer thirty = http.adminListing().as(ADMIN).query("from", MONTH_AGO, "to", NOW.toString()).send();

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.message()).isEqualTo("The interval between from and to must be within 30 days.");
        assertThat(tooLong.descriptions()).containsExactly(tooLong.message());
        assertThat(thirty.status()).isEqualTo(200);
    }

    @Test
    void onTheAdminListingMeetingIdOverridesFromToAndSiteUrl() {
        SandboxRecording old = sandbox.recordings(EU_SITE, BOB).stream()
                .filter(r -> r.createTime().isBefore(NOW.minus(Duration.ofDays(60)))).findFirst().orElseThrow();

        Answer answer = http.adminListing().as(ADMIN).query("status", "deleted", "meetingId", old.meetingId(),
                "from", LONG_AGO, "to", NOW.toString(), "siteUrl", SITE).send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.itemIds()).contains(old.id());
        assertThat(answer.json().path("items"))
                .allMatch(item -> item.path("meetingId").asText().equals(old.meetingId()));
    }

    @Test
    void theAdminListingOfASiteNoOneHasIs404AndOfASiteTheAdminDoesNotManage403() {
        SandboxAccounts accounts = SandboxAccounts.of(
                SandboxUser.of("host@example.com", "t-host", SandboxScope.USER, SITE, EU_SITE),
                SandboxUser.of("admin@example.com", "t-admin", SandboxScope.ADMIN, SITE));
        try (WebexSandbox narrow = WebexSandbox.builder().accounts(accounts).recordingsPerHost(2).start()) {
            SandboxHttp client = new SandboxHttp(narrow);

            Answer unknown = client.adminListing().token("t-admin").query("siteUrl", "nowhere.webex.com").send();
            Answer elsewhere = client.adminListing().token("t-admin").query("siteUrl", EU_SITE).send();

            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.message()).isEqualTo("Site not found.");
            assertThat(elsewhere.status()).isEqualTo(403);
            assertThat(elsewhere.descriptions()).containsExactly("admin@example.com does not administer "
                    + "example-eu.webex.com.");
        }
    }

    @Test
    void hostEmailOnTheUserListingWithAUsersTokenIs403() {
        Answer answer = http.listing().as(ANN).query("hostEmail", BOB).send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).isEqualTo("Not allowed to list recordings of another host.");
        assertThat(answer.descriptions()).containsExactly("hostEmail requires the scope "
                + "meeting:admin_recordings_read; this token has meeting:recordings_read.");
    }

    @Test
    void anAdminListsAnotherHostsRecordingsWithHostEmail() {
        Answer answer = http.listing().as(ADMIN).query("hostEmail", "Bob@Example.com", "status", "deleted", "max",
                "100", "from", MONTH_AGO, "to", NOW.toString()).send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.itemIds()).isNotEmpty().containsExactlyElementsOf(deleted(EU_SITE, BOB));
    }

    @Test
    void hostEmailOfNoOneIs404AndASiteTheHostDoesNotHave404() {
        Answer nobody = http.listing().as(ADMIN).query("hostEmail", "nobody@example.com").send();
        Answer notBobs = http.listing().as(ADMIN).query("hostEmail", BOB, "siteUrl", SITE).send();

        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.message()).isEqualTo("Host not found.");
        assertThat(notBobs.status()).isEqualTo(404);
        assertThat(notBobs.descriptions()).containsExactly("example.webex.com is not a site of bob@example.com.");
    }

    @Test
    void anAdminListsAHostOnlyOnSitesTheyAdminister() {
        SandboxAccounts accounts = SandboxAccounts.of(
                SandboxUser.of("host@example.com", "t-host", SandboxScope.USER, SITE, EU_SITE),
                SandboxUser.of("admin@example.com", "t-admin", SandboxScope.ADMIN, SITE),
                SandboxUser.of("eu-admin@example.com", "t-eu", SandboxScope.ADMIN, "other.webex.com"));
        try (WebexSandbox narrow = WebexSandbox.builder().accounts(accounts).recordingsPerHost(30)
                .clock(FakeTime.manualAt(NOW)).start()) {
            SandboxHttp client = new SandboxHttp(narrow);

            Answer elsewhere = client.listing().token("t-admin").query("hostEmail", "host@example.com", "siteUrl",
                    EU_SITE).send();
            Answer managed = client.listing().token("t-admin").query("hostEmail", "host@example.com", "status",
                    "deleted", "max", "100", "from", LONG_AGO, "to", NOW.toString()).send();
            Answer none = client.listing().token("t-eu").query("hostEmail", "host@example.com").send();

            assertThat(elsewhere.status()).isEqualTo(403);
            assertThat(elsewhere.descriptions()).containsExactly("admin@example.com does not administer "
                    + "example-eu.webex.com.");
            assertThat(managed.status()).isEqualTo(200);
            assertThat(managed.itemIds()).hasSize(30)
                    .containsExactlyInAnyOrderElementsOf(narrow.recycleBin(SITE, "host@example.com"));
            assertThat(none.status()).isEqualTo(403);
            assertThat(none.descriptions()).containsExactly("eu-admin@example.com administers no site of "
                    + "host@example.com.");
        }
    }

    @Test
    void aSiteThatIsNotTheUsersIs404() {
        Answer answer = http.listing().as(BOB).query("siteUrl", SITE).send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("Site not found.");
        assertThat(answer.descriptions()).containsExactly("example.webex.com is not a site of bob@example.com.");
    }

    @Test
    void aUserListsOnlyTheirOwnRecordings() {
        Answer bobs = http.listing().as(BOB).query("status", "deleted", "max", "100", "from", MONTH_AGO,
                "to", NOW.toString()).send();

        assertThat(bobs.itemIds()).isNotEmpty().containsExactlyElementsOf(deleted(EU_SITE, BOB));
    }

    @Test
    void theAdminListingIgnoresHostEmail() {
        Answer answer = http.adminListing().as(ADMIN).query("hostEmail", BOB, "status", "deleted", "max", "100",
                "from", MONTH_AGO, "to", NOW.toString()).send();

        assertThat(answer.itemIds()).containsExactlyElementsOf(deleted(SITE, ANN, ADMIN));
    }

    /** The deleted recordings of these hosts on this site created in the 30 days before now, newest first. */
    private static List<String> deleted(String site, String... hosts) {
        return Stream.of(hosts).flatMap(host -> sandbox.recordings(site, host).stream())
                .filter(r -> !r.createTime().isBefore(NOW.minus(Duration.ofDays(30))) && r.createTime().isBefore(NOW))
                .sorted(SandboxRecording.NEWEST_FIRST).map(SandboxRecording::id).toList();
    }
}
