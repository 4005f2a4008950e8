package io.github.wxrestore.client;

import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import io.github.wxrestore.validation.InvalidRecordingQueryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.Iterator;

import static io.github.wxrestore.client.ListingFixtures.ids;
import static io.github.wxrestore.client.ListingFixtures.next;
import static io.github.wxrestore.client.ListingFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A query that breaks a rule, or a closed client, sends nothing. */
@ExtendWith(LoopbackServerExtension.class)
class ListingValidationFirstTest {

    private LoopbackServer server;
    private WebexRecordingsClient client;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        client = TestClients.clientFor(server.baseUrl(), new FakeTime()).build();
    }

    @Test
    void anInvalidQueryThrowsAtOnceNamingEveryRuleAndSendsNothing() {
        RecordingQuery bad = RecordingQuery.builder().listing(RecordingQuery.Listing.ADMIN).pageSize(101)
                .hostEmail("jane.doe@example.com").from(Instant.parse("2026-02-01T00:00:00Z"))
                .to(Instant.parse("2026-01-01T00:00:00Z")).siteUrl("https://example.webex.com").format("mp4")
                .build();

        InvalidRecordingQueryException e = catchThrowableOfType(InvalidRecordingQueryException.class,
                () -> client.listRecordings(bad));

        assertThat(e.violations()).extracting(v -> v.property() + " " + v.rule()).containsExactly("max PageSize",
                "from FromAfterTo", "hostEmail HostEmailOnAdminListing", "siteUrl SiteHost", "format UnknownValue");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aClosedClientListsNothingAndAListingStartedBeforeCloseStopsAtItsNextPage() {
        server.enqueue(page(ids("a1"), next(server.baseUrl() + "/recordings?c=2")));
        Iterator<ListedRecording> started = client.listRecordings(RecordingQuery.builder().build()).iterator();
        assertThat(started.next().id()).isEqualTo("a1");

        client.close();

        assertThat(catchThrowableOfType(IllegalStateException.class, started::hasNext)).hasMessageContaining("closed");
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> client.listRecordings(RecordingQuery.builder().build()))).hasMessageContaining("closed");
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
