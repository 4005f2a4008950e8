package io.github.wxrestore.client;

import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static io.github.wxrestore.client.ListingFixtures.ids;
import static io.github.wxrestore.client.ListingFixtures.next;
import static io.github.wxrestore.client.ListingFixtures.page;
import static io.github.wxrestore.client.ListingFixtures.reply;
import static io.github.wxrestore.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a listing never does: send the token to another origin, follow a link forever, or read a page it cannot
 * read; each ends with a {@link PagingException} saying why, after the recordings it could deliver.
 */
@ExtendWith(LoopbackServerExtension.class)
class ListingSafetyTest {

    private LoopbackServer server;
    private LoopbackServer other;
    private WebexRecordingsClient client;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        other = LoopbackServer.start();
        client = TestClients.clientFor(server.baseUrl(), new FakeTime()).build();
    }

    @AfterEach
    void stopTheOtherServer() {
        other.close();
    }

    /** Every recording the listing delivers, then the exception that ends it. */
    private PagingException listUntilItFails(List<String> delivered) {
        Iterator<ListedRecording> it = client.listRecordings(RecordingQuery.builder().build()).iterator();
        return catchThrowableOfType(PagingException.class, () -> {
            while (it.hasNext()) {
                delivered.add(it.next().id());
            }
        });
    }

    @Test
    void aNextLinkToAnotherServerIsRefusedAndThatServerGetsNothing() {
        server.enqueue(page(ids("a1", "a2"), next(other.baseUrl() + "/recordings?cursor=2")));
        List<String> delivered = new ArrayList<>();

        PagingException e = listUntilItFails(delivered);

        assertThat(e.reason()).isEqualTo(PagingException.Reason.CROSS_ORIGIN_LINK);
        assertThat(other.requestCount()).as("the token never went there").isZero();
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(delivered).as("the page before the link was delivered").containsExactly("a1", "a2");
        String otherOrigin = other.baseUrl().substring(0, other.baseUrl().length() - "/v1".length());
        assertThat(e.getMessage()).startsWith("List call not sent: the next page's link goes to " + otherOrigin)
                .contains("the access token is never sent to another origin")
                .contains("request TrackingID " + server.requests().get(0).header("TrackingID"));
        assertThat(e.category()).isEqualTo(FailureCategory.REJECTED);
        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(e.requestTrackingId()).isEqualTo(server.requests().get(0).header("TrackingID"));
        assertThat(e.attempts()).isEqualTo(1);
    }

    // the same server behind another name or scheme is another origin all the same: localhost and 127.0.0.1 reach
    // the very same socket, so a link that were followed would show up on it
    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:{port}/v1/recordings?c=2", "https://127.0.0.1:{port}/v1/recordings?c=2",
            "http://127.0.0.1:{port}.evil.example/v1/recordings", "http://127.0.0.1/v1/recordings?c=2",
            "//localhost:{port}/v1/recordings?c=2"})
    void aNextLinkThatDiffersInSchemeHostOrPortIsRefused(String link) {
        int port = URI.create(server.baseUrl()).getPort();
        server.enqueue(page(ids("a1"), next(link.replace("{port}", String.valueOf(port)))));

        PagingException e = listUntilItFails(new ArrayList<>());

        assertThat(e.reason()).isEqualTo(PagingException.Reason.CROSS_ORIGIN_LINK);
        assertThat(server.requestCount()).as("nothing followed the link").isEqualTo(1);
    }

    @Test
    void theSameOriginWrittenDifferentlyIsFollowed() {
        int port = URI.create(server.baseUrl()).getPort();
        server.enqueue(page(ids("a1"), next("HTTP://127.0.0.1:" + port + "/v1/recordings?c=2")), page(ids("b1")));

        assertThat(client.listRecordings(RecordingQuery.builder().build()).count()).isEqualTo(2);
    }

    @Test
    void aLinkBackToAPageAlreadyFetchedEndsTheListingInsteadOfLooping() {
        String first = server.baseUrl() + "/recordings?max=100&status=deleted";
        String second = server.baseUrl() + "/recordings?cursor=2";
        server.enqueue(page(ids("a1"), next(second)), page(ids("b1"), next(first)));
        server.otherwise(page(ids("again"), next(first)));
        List<String> delivered = new ArrayList<>();

        PagingException e = listUntilItFails(delivered);

        assertThat(e.reason()).isEqualTo(PagingException.Reason.LINK_LOOP);
        assertThat(e.getMessage()).contains("names a page this listing already fetched (/v1/recordings)");
        assertThat(delivered).containsExactly("a1", "b1");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void aPageThatLinksToItselfIsALoopToo() {
        String second = server.baseUrl() + "/recordings?cursor=2";
        server.enqueue(page(ids("a1"), next(second)));
        server.otherwise(page(ids("b1"), next(second)));

        assertThat(listUntilItFails(new ArrayList<>()).reason()).isEqualTo(PagingException.Reason.LINK_LOOP);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com; rel=next", "<https://example.com; rel=next",
            "<https://example.com>; rel=\"next", "<https://example.com>; =next", "<https://example.com> rel=next"})
    void aLinkHeaderThatDoesNotReadEndsTheListingRatherThanMissingAPage(String field) {
        server.enqueue(page(ids("a1"), field));

        PagingException e = listUntilItFails(new ArrayList<>());

        assertThat(e.reason()).isEqualTo(PagingException.Reason.UNREADABLE_LINK);
        assertThat(e.getMessage()).startsWith("List call failed: Webex answered with a page whose next page cannot "
                + "be found, its Link header does not read as RFC 8288 writes it");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>gateway</html>", "", "null", "{}", "{\"items\":[{\"topic\":\"no id\"}]}",
            "{\"items\":[null]}", "{\"items\":\"many\"}", "{\"items\":[{\"id\":\"a\",\"createTime\":\"yesterday\"}]}"})
    void aPageThatIsNotOneEndsTheListingAndIsNotRetried(String body) {
        server.otherwise(reply(body));

        PagingException e = listUntilItFails(new ArrayList<>());

        assertThat(e.reason()).isEqualTo(PagingException.Reason.UNREADABLE_PAGE);
        assertThat(e.getMessage()).startsWith("List call failed: Webex answered with a page that cannot be read");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aPageLargerThanTheBoundIsNotDownloadedWhole() {
        StringBuilder big = new StringBuilder("{\"items\":[");
        for (int i = 0; big.length() <= 1024 * 1024; i++) {
            big.append(i == 0 ? "" : ",").append("{\"id\":\"").append("x".repeat(1000)).append(i).append("\"}");
        }
        server.otherwise(reply(big.append("]}").toString()));

        PagingException e = listUntilItFails(new ArrayList<>());

        assertThat(e.reason()).isEqualTo(PagingException.Reason.UNREADABLE_PAGE);
        assertThat(e.getMessage()).contains("longer than the 1024 KiB the client reads of a page");
    }

    @Test
    void aPageOfAHundredLargeRecordingsFitsTheBound() {
        List<String> hundred = new ArrayList<>();
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 100; i++) {
            String id = String.format("%032x", i);
            hundred.add(id);
            // some 3 KiB a recording: long download and playback URLs, as Webex writes them
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"topic\":\"")
                    .append("t".repeat(256)).append("\",\"downloadUrl\":\"https://example.webex.com/dl?ticket=")
                    .append("d".repeat(1400)).append("\",\"playbackUrl\":\"https://example.webex.com/pb?ticket=")
                    .append("p".repeat(1400)).append("\",\"createTime\":\"2026-11-03T17:43:24Z\"}");
        }
        server.otherwise(reply(json.append("]}").toString()));

        assertThat(client.listRecordings(RecordingQuery.builder().build()).map(ListedRecording::id))
                .containsExactlyElementsOf(hundred);
    }

    @Test
    void theTokenEchoedInABrokenPageOrLinkIsMaskedInTheMessage() {
        server.enqueue(reply("{\"items\":[{\"id\":\"a\",\"createTime\":\"" + TOKEN + "\"}]}"));
        PagingException page = listUntilItFails(new ArrayList<>());
        server.enqueue(page(ids("a1"), "<https://example.com/" + TOKEN + " x>; rel=next"));
        PagingException link = listUntilItFails(new ArrayList<>());

        assertThat(page.reason()).isEqualTo(PagingException.Reason.UNREADABLE_PAGE);
        assertThat(link.reason()).isEqualTo(PagingException.Reason.UNREADABLE_LINK);
        assertThat(List.of(page, link)).allSatisfy(e -> {
            assertThat(e.getMessage()).doesNotContain(TOKEN);
            assertThat(e.toString()).doesNotContain(TOKEN);
            assertThat(e.getCause()).isNull();
        });
        assertThat(page.getMessage()).contains("[REDACTED]");
    }
}
