package io.github.wxrestore.client;

import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import java.util.stream.Stream;

import static io.github.wxrestore.client.ListingFixtures.adminPage;
import static io.github.wxrestore.client.ListingFixtures.ids;
import static io.github.wxrestore.client.ListingFixtures.next;
import static io.github.wxrestore.client.ListingFixtures.page;
import static io.github.wxrestore.client.ListingFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A listing over its pages: the first built from the query, every next one the {@code Link} target requested
 * exactly as given, fetched only when the caller gets there.
 */
@ExtendWith(LoopbackServerExtension.class)
class ListingPagingTest {

    private LoopbackServer server;
    private WebexRecordingsClient client;
    private String origin;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        client = TestClients.clientFor(server.baseUrl(), new FakeTime()).build();
        origin = server.baseUrl().substring(0, server.baseUrl().length() - "/v1".length());
    }

    @Test
    void threePagesAreListedInOrderFollowingEachLinkExactlyAsGiven() {
        // cursors Webex chose, with percent-encoding, an odd parameter order and a path of its own: never rebuilt
        String second = server.baseUrl() + "/recordings?cursor=Y3Vy%2Fc29y%3D%3D&status=deleted&max=100";
        String third = server.baseUrl() + "/recordings/next-pages?max=100&cursor=b3RoZXI%3D&x=a,b";
        server.enqueue(page(ids("a1", "a2"), next(second)), page(ids("b1", "b2"), next(third)), page(ids("c1")));

        List<String> listed = client.listRecordings(RecordingQuery.builder().build())
                .map(ListedRecording::id).toList();

        assertThat(listed).containsExactly("a1", "a2", "b1", "b2", "c1");
        assertThat(server.requests()).extracting(ListingFixtures::target).containsExactly(
                "/v1/recordings?max=100&status=deleted",
                second.substring(origin.length()),
                third.substring(origin.length()));
        assertThat(server.requests()).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.header("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
            assertThat(r.header("Accept")).isEqualTo("application/json");
        });
        assertThat(server.requests()).extracting(r -> r.header("TrackingID")).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("WXRESTORE_"));
    }

    @Test
    void aCallerThatStopsAfterTheFirstPageCausesExactlyOneRequest() {
        server.otherwise(request -> page(ids("x1", "x2", "x3"), next(server.baseUrl() + "/recordings?cursor="
                + server.requestCount())));

        Stream<ListedRecording> listing = client.listRecordings(RecordingQuery.builder().build());
        assertThat(server.requestCount()).as("nothing is fetched before the stream is used").isZero();
        List<String> firstTwo = listing.limit(2).map(ListedRecording::id).toList();

        assertThat(firstTwo).containsExactly("x1", "x2");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void theNextPageIsFetchedOnlyWhenTheCallerTakesItsFirstRecording() {
        server.enqueue(page(ids("a1"), next(server.baseUrl() + "/recordings?cursor=2")), page(ids("b1")));
        Iterator<ListedRecording> it = client.listRecordings(RecordingQuery.builder().build()).iterator();

        assertThat(it.next().id()).isEqualTo("a1");
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(it.next().id()).isEqualTo("b1");
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(it.hasNext()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<{prev}>; rel=\"prev\", <{next}>; rel=\"next\"",
            "<{next}>; rel=next",
            "<{next}>;rel=\"last next\"",
            "<{first}>; rel=\"first\",<{next}> ;  rel = \"NEXT\" ; title=\"a, b; c\"",
            "<{next}>; title=\"rel=prev\"; rel=\"next\"; rel=\"prev\"",
            "  <{next}>\t;\trel=\"next\"  , "})
    void theNextLinkIsFoundHoweverRfc8288WritesIt(String field) {
        String next = server.baseUrl() + "/recordings?cursor=n,1";
        server.enqueue(page(ids("a1"), field.replace("{next}", next).replace("{prev}", server.baseUrl() + "/prev")
                .replace("{first}", server.baseUrl() + "/first")), page(ids("b1")));

        assertThat(client.listRecordings(RecordingQuery.builder().build()).map(ListedRecording::id))
                .containsExactly("a1", "b1");
        assertThat(target(server.requests().get(1))).isEqualTo("/v1/recordings?cursor=n,1");
    }

    @Test
    void aNextLinkInASecondLinkFieldAndARelativeLinkAreFollowedToo() {
        server.enqueue(page(ids("a1"), "<" + server.baseUrl() + "/x>; rel=\"self\"", "</v1/recordings?c=2>; rel=next"),
                page(ids("b1"), "<?c=3>; rel=\"next\""), page(ids("c1"), "<page4>; rel=\"next\""), page(ids()));

        assertThat(client.listRecordings(RecordingQuery.builder().build()).count()).isEqualTo(3);
        assertThat(server.requests()).extracting(ListingFixtures::target).containsExactly(
                "/v1/recordings?max=100&status=deleted", "/v1/recordings?c=2", "/v1/recordings?c=3", "/v1/page4");
    }

    @Test
    void anEmptyPageWithANextLinkIsFollowedAndOneWithoutEndsTheListing() {
        server.enqueue(page(ids(), next(server.baseUrl() + "/recordings?c=2")), page(ids("b1")));

        assertThat(client.listRecordings(RecordingQuery.builder().build()).map(ListedRecording::id))
                .containsExactly("b1");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void theQueryIsSentAsTheGeneratedClientEncodesIt() {
        server.enqueue(page(ids()));

        client.listRecordings(RecordingQuery.builder().from(Instant.parse("2026-11-01T00:00:00Z"))
                .to(Instant.parse("2026-11-08T00:00:00Z")).topic("Board & budget").siteUrl("example.webex.com")
                .hostEmail("jane.doe@example.com").format("MP4").serviceType("MeetingCenter").meetingId("m1")
                .integrationTag("crm").pageSize(25).status("available").build()).toList();

        assertThat(ListingFixtures.query(server.requests().get(0))).containsExactly(
                entry("max", "25"), entry("from", "2026-11-01T00:00:00Z"),
                entry("to", "2026-11-08T00:00:00Z"), entry("meetingId", "m1"),
                entry("hostEmail", "jane.doe@example.com"),
                entry("siteUrl", "example.webex.com"), entry("integrationTag", "crm"),
                entry("topic", "Board & budget"), entry("format", "MP4"),
                entry("serviceType", "MeetingCenter"), entry("status", "available"));
        assertThat(server.requests().get(0).uri().getPath()).isEqualTo("/v1/recordings");
    }

    @Test
    void theAdminListingGoesToItsPathAndEachRecordingCarriesItsHost() {
        server.enqueue(adminPage(ids("a1", "a2")));

        List<ListedRecording> listed = client.listRecordings(RecordingQuery.builder()
                .listing(RecordingQuery.Listing.ADMIN).siteUrl("example.webex.com").build()).toList();

        assertThat(target(server.requests().get(0)))
                .isEqualTo("/v1/admin/recordings?max=100&siteUrl=example.webex.com&status=deleted");
        assertThat(listed).extracting(ListedRecording::hostEmail)
                .containsExactly("host-a1@example.com", "host-a2@example.com");
        ListedRecording first = listed.get(0);
        assertThat(first.hostDisplayName()).isEqualTo("Host a1");
        assertThat(first.createTime()).isEqualTo(Instant.parse("2026-11-03T17:43:24Z"));
        assertThat(first.timeRecorded()).isEqualTo(Instant.parse("2026-11-03T16:40:20Z"));
        assertThat(first.siteUrl()).isEqualTo("example.webex.com");
        assertThat(first.durationSeconds()).isEqualTo(4472L);
        assertThat(first.sizeBytes()).isEqualTo(248023188L);
        assertThat(first.integrationTags()).containsExactly("crm");
        assertThat(first.isInRecycleBin()).isTrue();
        assertThat(first.shareToMe()).isFalse();
    }

    @Test
    void theUserListingsRecordingsNameNoHostWhenWebexDoesNot() {
        server.enqueue(page(ids("a1")));

        ListedRecording only = client.listRecordings(RecordingQuery.builder().build()).findFirst().orElseThrow();

        assertThat(only.hostEmail()).isNull();
        assertThat(only.topic()).isEqualTo("Topic a1");
    }
}
