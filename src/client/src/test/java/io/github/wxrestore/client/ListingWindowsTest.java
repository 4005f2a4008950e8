package io.github.wxrestore.client;

import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.listing.RecordingQuery.Listing;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.github.wxrestore.client.ListingFixtures.adminPage;
import static io.github.wxrestore.client.ListingFixtures.ids;
import static io.github.wxrestore.client.ListingFixtures.next;
import static io.github.wxrestore.client.ListingFixtures.page;
import static io.github.wxrestore.client.ListingFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range longer than one call may cover is listed window by window, newest first, each to its last page; a
 * range that fits, a listing without a limit and a query without dates are one call as given.
 */
@ExtendWith(LoopbackServerExtension.class)
class ListingWindowsTest {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB_10 = Instant.parse("2026-02-10T00:00:00Z"); // 40 days after

    private LoopbackServer server;
    private WebexRecordingsClient client;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        client = TestClients.clientFor(server.baseUrl(), new FakeTime()).build();
    }

    @Test
    void fortyDaysOfTheAdminListingAreTwoWindowsOfAtMostThirtyDaysNewestFirst() {
        server.enqueue(adminPage(ids("new1")), adminPage(ids("old1")));

        List<String> listed = client.listRecordings(RecordingQuery.builder().listing(Listing.ADMIN).from(JAN_1)
                .to(FEB_10).build()).map(ListedRecording::id).toList();

        assertThat(listed).containsExactly("new1", "old1");
        assertThat(server.requests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.uri().getPath()).isEqualTo("/v1/admin/recordings");
            Map<String, String> q = query(r);
            assertThat(Duration.between(Instant.parse(q.get("from")), Instant.parse(q.get("to"))))
                    .isPositive().isLessThanOrEqualTo(Duration.ofDays(30));
        });
        assertThat(server.requests()).extracting(r -> query(r).get("from") + " " + query(r).get("to"))
                .containsExactly("2026-01-11T00:00:00Z 2026-02-10T00:00:00Z",
                        "2026-01-01T00:00:00Z 2026-01-11T00:00:00Z");
    }

    @Test
    void eachWindowIsListedToItsLastPageBeforeTheOlderOne() {
        String secondOfNewest = server.baseUrl() + "/admin/recordings?cursor=n2";
        server.enqueue(adminPage(ids("n1"), next(secondOfNewest)), adminPage(ids("n2")), adminPage(ids("o1")));

        List<String> listed = client.listRecordings(RecordingQuery.builder().listing(Listing.ADMIN)
                .createdBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 9), ZoneOffset.UTC).build())
                .map(ListedRecording::id).toList();

        assertThat(listed).containsExactly("n1", "n2", "o1");
        assertThat(server.requests()).extracting(ListingFixtures::target).element(1)
                .isEqualTo("/v1/admin/recordings?cursor=n2");
        assertThat(query(server.requests().get(2))).containsEntry("from", "2026-01-01T00:00:00Z")
                .containsEntry("to", "2026-01-11T00:00:00Z");
    }

    @Test
    void exactlyThirtyDaysIsOneCall() {
        server.enqueue(adminPage(ids("a")));

        client.listRecordings(RecordingQuery.builder().listing(Listing.ADMIN).from(JAN_1)
                .to(JAN_1.plus(Duration.ofDays(30))).build()).toList();

        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void theUserListingHasNoLimitSoFortyDaysAreOneCall() {
        server.enqueue(page(ids("a")));

        client.listRecordings(RecordingQuery.builder().from(JAN_1).to(FEB_10).build()).toList();

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(query(server.requests().get(0))).containsEntry("from", "2026-01-01T00:00:00Z")
                .containsEntry("to", "2026-02-10T00:00:00Z");
    }

    @Test
    void aQueryWithoutDatesSendsNoneAndWebexAppliesItsOwnSevenDays() {
        server.enqueue(adminPage(ids("a")));

        client.listRecordings(RecordingQuery.builder().listing(Listing.ADMIN).build()).toList();

        assertThat(query(server.requests().get(0))).doesNotContainKeys("from", "to");
    }

    @Test
    void withAMeetingIdTheAdminListingIgnoresTheRangeSoItIsNotSplit() {
        server.enqueue(adminPage(ids("a")));

        client.listRecordings(RecordingQuery.builder().listing(Listing.ADMIN).meetingId("m1").from(JAN_1)
                .to(FEB_10).build()).toList();

        assertThat(server.requestCount()).isEqualTo(1);
    }
}
