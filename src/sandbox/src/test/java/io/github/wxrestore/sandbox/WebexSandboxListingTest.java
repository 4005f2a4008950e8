package io.github.wxrestore.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** The user listing, {@code GET /v1/recordings}, over real HTTP: paging, every filter, the dates, restores. */
class WebexSandboxListingTest {

    static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    // wider than every createTime: the user listing has no limit on the interval
    static final String LONG_AGO = NOW.minus(Duration.ofDays(401)).toString();
    static final String LATER = NOW.plus(Duration.ofDays(1)).toString();

    @RegisterExtension
    static final SandboxPerClass shared = new SandboxPerClass(builder -> builder.recordingsPerHost(250)
            .clock(FakeTime.manualAt(NOW)));

    private static WebexSandbox sandbox;
    private static SandboxHttp http;

    @BeforeAll
    static void start() {
        sandbox = shared.sandbox();
        http = shared.http();
    }

    @Test
    void pagesFollowedByTheirLinkReturnEveryDeletedRecordingOnceNewestFirst() {
        List<Answer> pages = allPages(http.listing().as(ANN).query("status", "deleted", "siteUrl", SITE, "max", "100",
                "from", LONG_AGO, "to", LATER));

        assertThat(pages).extracting(p -> p.itemIds().size()).containsExactly(100, 100, 50);
        assertThat(pages).extracting(Answer::status).containsOnly(200);
        assertThat(pages.get(2).header("Link")).isNull();
        List<String> ids = pages.stream().flatMap(p -> p.itemIds().stream()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sandbox.recycleBin(SITE, ANN))
                .containsExactlyElementsOf(expected(SITE, r -> true));
    }

    @Test
    void theNextLinkIsAnAbsoluteUrlOnTheSandboxWithTheRequestsFiltersItsIntervalAndACursor() {
        Answer first = http.listing().as(ANN).query("status", "deleted", "max", "1").send();
        Answer filtered = http.listing().as(ANN).query("from", LONG_AGO, "status", "deleted", "max", "3", "topic",
                "sync", "to", LATER).send();

        assertThat(first.header("Link")).isEqualTo("<" + first.nextUrl() + ">; rel=\"next\"");
        // the defaulted interval is made explicit, so the next page covers the same 7 days whatever the clock says
        assertThat(first.nextUrl()).startsWith(sandbox.recordingsUri() + "?status=deleted&max=1"
                + "&from=2026-11-08T12%3A00%3A00Z&to=2026-11-15T12%3A00%3A00Z&cursor=");
        assertThat(filtered.nextUrl()).startsWith(sandbox.recordingsUri() + "?status=deleted&max=3&topic=sync"
                + "&from=" + LONG_AGO.replace(":", "%3A") + "&to=" + LATER.replace(":", "%3A") + "&cursor=");
    }

    @Test
    void withoutSiteUrlEverySiteOfTheUserIsListed() {
        List<String> ids = allPages(http.listing().as(ANN).query("status", "deleted", "max", "100", "from", LONG_AGO,
                "to", LATER)).stream().flatMap(p -> p.itemIds().stream()).toList();

        assertThat(ids).hasSize(500).containsExactlyElementsOf(Stream.concat(
                sandbox.recordings(SITE, ANN).stream(), sandbox.recordings(EU_SITE, ANN).stream())
                .sorted(SandboxRecording.NEWEST_FIRST).map(SandboxRecording::id).toList());
    }

    @Test
    void aPageHoldsTenRecordingsUnlessMaxSaysOtherwise() {
        Answer defaulted = http.listing().as(ANN).query("status", "deleted", "from", LONG_AGO, "to", LATER).send();
        Answer one = http.listing().as(ANN).query("status", "deleted", "max", "1", "from", LONG_AGO, "to", LATER)
                .send();

        assertThat(defaulted.itemIds()).hasSize(10);
        assertThat(defaulted.nextUrl()).isNotNull();
        assertThat(one.itemIds()).hasSize(1);
    }

    @Test
    void withoutFromAndToTheSevenDaysBeforeNowAreListed() {
        Answer answer = http.listing().as(ANN).query("status", "deleted", "max", "100").send();

        assertThat(answer.itemIds()).isNotEmpty().containsExactlyElementsOf(
                expected(null, createdIn(NOW.minus(Duration.ofDays(7)), NOW)));
    }

    @Test
    void onlyToListsTheSevenDaysBeforeItAndOnlyFromTheSevenDaysAfterIt() {
        Instant to = NOW.minus(Duration.ofDays(20));
        Instant from = NOW.minus(Duration.ofDays(40));

        Answer beforeTo = http.listing().as(ANN).query("status", "deleted", "max", "100", "to", to.toString()).send();
        Answer afterFrom = http.listing().as(ANN).query("status", "deleted", "max", "100", "from", from.toString())
                .send();

        assertThat(beforeTo.itemIds()).isNotEmpty()
                .containsExactlyElementsOf(expected(null, createdIn(to.minus(Duration.ofDays(7)), to)));
        assertThat(afterFrom.itemIds()).isNotEmpty()
                .containsExactlyElementsOf(expected(null, createdIn(from, from.plus(Duration.ofDays(7)))));
    }

    @Test
    void fromIsInclusiveAndToExclusive() {
        SandboxRecording r = sandbox.recordings(SITE, ANN).get(5);
        String at = r.createTime().toString();

        assertThat(http.listing().as(ANN).query("status", "deleted", "max", "100", "from", at).send().itemIds())
                .contains(r.id());
        assertThat(http.listing().as(ANN).query("status", "deleted", "max", "100", "to", at).send().itemIds())
                .doesNotContain(r.id());
        assertThat(http.listing().as(ANN).query("status", "deleted", "from", at, "to", at).send().itemIds())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-01", "2026-11-01T00:00:00Z", "2026-11-01T01:00:00+01:00",
            "2026-11-01T00:00:00.000Z", "2026-11-01T00:00", "2026-10-31T19:00:00-05:00", "2026-11-01T05:30:00+0530", "2026-11-01t00:00:00z",
            "2026-11-01T00:00:00.123456789Z", "2026-11-01T02:00:00+02"})
    void everyAcceptedFormOfADateNamesItsInstant(String from) {
        Answer answer = http.listing().as(ANN).query("status", "deleted", "max", "100", "from", from,
                "to", NOW.toString()).send();

        Instant instant = from.contains(".123456789") ? Instant.parse("2026-11-01T00:00:00.123456789Z")
                : Instant.parse("2026-11-01T00:00:00Z");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.itemIds()).isNotEmpty().containsExactlyElementsOf(expected(null, createdIn(instant, NOW)));
    }

    @Test
    void aDateWithoutOffsetIsReadInTheRequestsTimeZone() {
        Answer berlin = http.listing().as(ANN).header("timezone", "Europe/Berlin")
                .query("status", "deleted", "max", "100", "from", "2026-11-01T01:00", "to", NOW.toString()).send();

        assertThat(berlin.itemIds()).containsExactlyElementsOf(expected(null, createdIn(
                Instant.parse("2026-11-01T00:00:00Z"), NOW)));
        assertThat(berlin.json().path("items").get(0).path("createTime").asText()).endsWith("+01:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20261101", "2026-11-01 09:30:00Z", "2026-W44-7", "2026-305", "09:30", "2026-02-30",
            "2026-11-01T24:00:00Z", "yesterday", "", "2026-11-01T09:30:00ZZ", "2026-11-01T09:30:00+1"})
    void aDateThatIsNotAnAcceptedFormIs400NamingTheParameter(String from) {
        Answer answer = http.listing().as(ANN).query("from", from).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).startsWith("from must be an ISO 8601 date or date-time")
                .isEqualTo(answer.descriptions().get(0));
        assertThat(answer.trackingId()).isEqualTo(answer.header("TrackingID"));
    }

    @Test
    void fromAfterToIs400() {
        Answer answer = http.listing().as(ANN).query("from", "2026-11-02", "to", "2026-11-01").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("from must not be after to.");
        assertThat(answer.descriptions()).containsExactly("from must not be after to.");
        assertThat(answer.trackingId()).isEqualTo(answer.header("TrackingID"));
    }

    @Test
    void aLongerIntervalThanTheAdminsIsFineForTheUserListing() {
        Answer answer = http.listing().as(ANN).query("status", "deleted", "from", "2025-01-01", "to", "2026-11-15")
                .send();

        assertThat(answer.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "", "1.5", "99999999999"})
    void aMaxOutside1To100Is400(String max) {
        Answer answer = http.listing().as(ANN).query("max", max).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("max must be an integer from 1 to 100, not '" + max + "'.");
    }

    @Test
    void aMaxOf100IsAccepted() {
        assertThat(http.listing().as(ANN).query("max", "100", "status", "deleted", "from", LONG_AGO, "to", LATER).send()
                .itemIds())
                .hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "!!!", "djE6MTIz", "eHl6"})
    void aCursorTheSandboxDidNotGiveIs400(String cursor) {
        Answer answer = http.listing().as(ANN).query("status", "deleted", "cursor", cursor).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).startsWith("cursor is not one this server gave");
    }

    @Test
    void aParameterGivenTwiceIs400() {
        Answer answer = http.listing().as(ANN).rawQuery("max=5&max=6").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("max must be given at most once, not 2 times.");
    }

    @Test
    void topicMatchesASubstringInAnyCase() {
        Answer answer = listAll("siteUrl", SITE, "topic", "weekly SYNC");

        assertThat(answer.itemIds()).isNotEmpty().containsExactlyElementsOf(
                expected(SITE, r -> r.topic().toLowerCase().contains("weekly sync")));
        // about one in five recordings is a weekly sync: the filter leaves most out
        assertThat(answer.itemIds()).hasSizeBetween(20, 90);
        assertThat(answer.nextUrl()).isNull();
        assertThat(listAll("topic", "Weekly sync 7").itemIds())
                .containsExactlyElementsOf(expected(null, r -> r.topic().startsWith("Weekly sync 7")));
    }

    @Test
    void formatAndServiceTypeMatchExactly() {
        assertThat(listAll("format", "ARF").itemIds()).isNotEmpty()
                .containsExactlyElementsOf(expected(null, r -> r.format().equals("ARF")));
        assertThat(listAll("serviceType", "EventCenter").itemIds()).isNotEmpty()
                .containsExactlyElementsOf(expected(null, r -> r.serviceType().equals("EventCenter")));
        assertThat(listAll("serviceType", "EventCenter", "format", "MP4").itemIds())
                .containsExactlyElementsOf(expected(null, r -> r.serviceType().equals("EventCenter")
                        && r.format().equals("MP4")));
    }

    @Test
    void siteUrlNarrowsTheListingToOneSite() {
        assertThat(listAll("siteUrl", "EXAMPLE-EU.webex.com").itemIds()).isNotEmpty()
                .containsExactlyElementsOf(expected(EU_SITE, r -> true).subList(0, 100));
    }

    @Test
    void meetingIdFindsEveryRecordingOfTheMeetingAndOverridesSiteUrl() {
        SandboxRecording part = sandbox.recordings(EU_SITE, ANN).stream()
                .filter(r -> sandbox.recordings(EU_SITE, ANN).stream().filter(o -> o.meetingId().equals(r.meetingId()))
                        .count() == 2).findFirst().orElseThrow();

        Answer answer = listAll("meetingId", part.meetingId(), "siteUrl", SITE);

        assertThat(answer.itemIds()).hasSize(2).contains(part.id())
                .containsExactlyElementsOf(expected(null, r -> r.meetingId().equals(part.meetingId())));
    }

    @Test
    void anIntegrationTagMatchesNothingAsNoSandboxRecordingHasOne() {
        assertThat(listAll("integrationTag", "crm").status()).isEqualTo(200);
        assertThat(listAll("integrationTag", "crm").itemIds()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            status=gone                             | status must be available, deleted or purged, not 'gone'.
            status=DELETED                          | status must be available, deleted or purged, not 'DELETED'.
            format=mp4                              | format must be MP4 or ARF, not 'mp4'.
            format=UPLOADED                         | format must be MP4 or ARF, not 'UPLOADED'.
            serviceType=Meeting                     | serviceType must be MeetingCenter, EventCenter, SupportCenter or TrainingCenter, not 'Meeting'.
            siteUrl=https%3A%2F%2Fexample.webex.com | siteUrl must be a site host name such as example.webex.com (no scheme, port or path), not 'https://example.webex.com'.
            hostEmail=ann                           | hostEmail must be an email address, not 'ann'.
            """)
    void aFilterWithAValueTheSpecDoesNotAllowIs400(String query, String problem) {
        Answer answer = http.listing().as(ANN).rawQuery(query).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo(problem);
        assertThat(answer.descriptions()).containsExactly(problem);
    }

    @Test
    void everyBrokenRuleIsListedInTheSpecsOrderOfTheParameters() {
        Answer answer = http.listing().as(ANN).rawQuery("status=x&max=0&format=y&from=z").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.descriptions()).hasSize(4);
        assertThat(answer.descriptions().get(0)).startsWith("max ");
        assertThat(answer.descriptions().get(1)).startsWith("from ");
        assertThat(answer.descriptions().get(2)).startsWith("format ");
        assertThat(answer.descriptions().get(3)).startsWith("status ");
        assertThat(answer.message()).isEqualTo(answer.descriptions().get(0));
    }

    @Test
    void anEmptyFilterIsAValue() {
        assertThat(listAll("topic", "").itemIds()).hasSize(100);
        assertThat(listAll("meetingId", "").itemIds()).isEmpty();
    }

    @Test
    void aTextLongerThanTheSpecAllowsIs400() {
        Answer answer = http.listing().as(ANN).query("topic", "x".repeat(257)).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("topic must be at most 256 characters long, not 257.");
    }

    @Test
    void aRestoredRecordingLeavesTheDeletedListingAndJoinsTheAvailableOne() {
        List<String> ids = listAll("siteUrl", SITE).itemIds().subList(0, 3);
        assertThat(listAll("status", "available").itemIds()).isEmpty();

        assertThat(http.post().as(ANN).ids(ids).send().status()).isEqualTo(204);

        assertThat(listAll().itemIds()).doesNotContainAnyElementsOf(ids);
        Answer available = listAll("status", "available");
        assertThat(available.itemIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(available.json().path("items")).allMatch(item -> item.path("status").asText().equals("available"));
        // available is the default status
        assertThat(http.listing().as(ANN).query("max", "100", "from", LONG_AGO, "to", LATER).send().itemIds())
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(listAll("status", "purged").itemIds()).isEmpty();
    }

    @Test
    void aPageIsJsonWithTheRecordingsFieldsATrackingIdAndNoHost() {
        Answer answer = http.listing().as(ANN).trackingId("WXRESTORE_list-1").query("status", "deleted", "max", "1",
                "from", LONG_AGO, "to", LATER).send();
        String newestId = expected(null, r -> true).get(0);
        SandboxRecording newest = Stream.concat(sandbox.recordings(SITE, ANN).stream(),
                sandbox.recordings(EU_SITE, ANN).stream()).filter(r -> r.id().equals(newestId)).findFirst()
                .orElseThrow();
        JsonNode item = answer.json().path("items").get(0);

        assertThat(answer.header("Content-Type")).isEqualTo("application/json");
        assertThat(answer.header("TrackingID")).isEqualTo("WXRESTORE_list-1");
        assertThat(answer.json().size()).isEqualTo(1);
        assertThat(item.path("id").asText()).isEqualTo(newest.id());
        assertThat(item.path("createTime").asText()).isEqualTo(newest.createTime().toString());
        assertThat(item.path("timeRecorded").asText()).isEqualTo(newest.timeRecorded().toString());
        assertThat(item.path("durationSeconds").asLong()).isEqualTo(newest.durationSeconds());
        assertThat(item.path("sizeBytes").asLong()).isEqualTo(newest.sizeBytes());
        assertThat(item.path("status").asText()).isEqualTo("deleted");
        assertThat(item.has("hostEmail")).isFalse();
        assertThat(item.has("downloadUrl")).isFalse();
        assertThat(List.of("topic", "meetingId", "siteUrl", "format", "serviceType")).allMatch(item::has);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void otherMethodsThanGetAre405WithAllowGet(String method) {
        Answer answer = http.request(method).path("/v1/recordings").as(ANN).send();

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET");
        assertThat(answer.descriptions()).containsExactly(method + " is not allowed on /v1/recordings; use GET.");
    }

    @Test
    void theRequestLogRecordsTheListingWithItsQueryAndWithoutTheToken() {
        http.listing().as(ANN).query("status", "deleted", "topic", "Board meeting").send();

        RecordedRequest recorded = sandbox.requests().get(0);

        assertThat(recorded.method()).isEqualTo("GET");
        assertThat(recorded.path()).isEqualTo("/v1/recordings");
        assertThat(recorded.query()).isEqualTo("status=deleted&topic=Board+meeting");
        assertThat(recorded.caller()).isEqualTo(ANN);
        assertThat(recorded.response().status()).isEqualTo(200);
        assertThat(recorded.toString()).doesNotContain(SandboxAccounts.ANN_TOKEN);
        assertThat(recorded.header("Authorization")).isEqualTo("Bearer <redacted>");
    }

    @Test
    void twoSandboxesWithTheSameSeedAndClockListTheSame() {
        try (WebexSandbox twin = WebexSandbox.builder().recordingsPerHost(250).clock(FakeTime.manualAt(NOW)).start()) {
            SandboxHttp twinHttp = new SandboxHttp(twin);
            List<String> mine = bodies(allPages(http.listing().as(ANN).query("status", "deleted", "max", "100",
                    "from", LONG_AGO, "to", LATER)));
            List<String> theirs = bodies(allPages(twinHttp, twinHttp.listing().as(ANN).query("status", "deleted",
                    "max", "100", "from", LONG_AGO, "to", LATER)));

            assertThat(theirs).hasSize(5).isEqualTo(mine);
        }
    }

    /** The first page of the deleted recordings of every time, at most 100, with these filters too. */
    private static Answer listAll(String... filters) {
        List<String> query = new ArrayList<>(List.of("max", "100", "from", LONG_AGO, "to", LATER));
        if (!List.of(filters).contains("status")) {
            query.addAll(List.of("status", "deleted"));
        }
        query.addAll(List.of(filters));
        return http.listing().as(ANN).query(query.toArray(String[]::new)).send();
    }

    /** Sends the first page's request, then follows each Link as given, with Ann's token. */
    static List<Answer> allPages(SandboxHttp.Call first) {
        return allPages(http, first);
    }

    static List<Answer> allPages(SandboxHttp http, SandboxHttp.Call first) {
        List<Answer> pages = new ArrayList<>();
        Answer page = first.send();
        pages.add(page);
        while (page.nextUrl() != null) {
            assertThat(pages).as("pages").hasSizeLessThan(50);
            page = http.follow(page.nextUrl()).as(ANN).send();
            pages.add(page);
        }
        return pages;
    }

    private static List<String> bodies(List<Answer> pages) {
        return pages.stream().map(Answer::body).toList();
    }

    private static Predicate<SandboxRecording> createdIn(Instant from, Instant to) {
        return r -> !r.createTime().isBefore(from) && r.createTime().isBefore(to);
    }

    /** What the listing should show: Ann's deleted recordings on {@code site} (null: both), newest first, 100 at most. */
    private static List<String> expected(String site, Predicate<SandboxRecording> filter) {
        Stream<SandboxRecording> all = site != null ? sandbox.recordings(site, ANN).stream()
                : Stream.concat(sandbox.recordings(SITE, ANN).stream(), sandbox.recordings(EU_SITE, ANN).stream());
        List<String> ids = all.filter(r -> r.status() == SandboxRecording.Status.DELETED).filter(filter)
                .sorted(SandboxRecording.NEWEST_FIRST).map(SandboxRecording::id).toList();
        return site == null && ids.size() > 100 ? ids.subList(0, 100) : ids;
    }
}
