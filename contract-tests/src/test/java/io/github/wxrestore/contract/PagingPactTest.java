package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.wxrestore.client.PageResult;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.sandbox.SandboxAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.wxrestore.contract.ListingInteractions.FROM;
import static io.github.wxrestore.contract.ListingInteractions.TO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging, two interactions in one pact: a first page whose {@code Link} names the next page (same origin, with a
 * cursor), and that next page, requested at exactly the URL the link gave. The client must list the recordings of
 * both pages in order and ask for nothing more.
 *
 * <p>How the two are tied together: the consumer writes the link's URL itself (relative, see
 * {@link ListingInteractions#pageWithNext}) and expects the second request to carry exactly its parameters, the
 * cursor included; the mock server matches the second call only if the client followed the link as given. The
 * provider cannot answer that example cursor, nor has recordings in the example range: both interactions' state
 * sets up three recordings, answers the window that holds exactly them and the cursor where a page of two ends,
 * and the requests take {@code from}, {@code to} and {@code cursor} from it (Pact's provider-state generators). The
 * provider's own link is matched by pattern: a URL to the listing with a cursor.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Parties.PROVIDER, pactVersion = PactSpecVersion.V4)
class PagingPactTest {

    private static final int PAGE_SIZE = 2;
    /** Opaque to the client; the provider's state answers its own. */
    private static final String CURSOR = "Y3Vyc29y";
    private static final Map<String, Object> STATE = Map.of(ProviderStates.HOST_EMAIL, SandboxAccounts.ANN,
            ProviderStates.SITE, SandboxAccounts.SITE, ProviderStates.COUNT, ExampleRecordings.THREE_PAGED.size(),
            ProviderStates.PAGE_SIZE, PAGE_SIZE);

    private static final Map<String, String> FIRST = ListingInteractions.parameters(
            "max", String.valueOf(PAGE_SIZE), "from", FROM.toString(), "to", TO.toString(),
            "siteUrl", SandboxAccounts.SITE, "status", "deleted");
    /** The first page's parameters and the cursor, as the link names them. */
    private static final Map<String, String> NEXT = withCursor(FIRST);

    private static RecordingQuery query() {
        return RecordingQuery.builder().from(FROM).to(TO).siteUrl(SandboxAccounts.SITE).pageSize(PAGE_SIZE).build();
    }

    @Pact(consumer = Parties.CONSUMER)
    V4Pact listingPaged(PactDslWithProvider builder) {
        return nextPage(firstPage(builder)).toPact(V4Pact.class);
    }

    private static PactDslResponse firstPage(PactDslWithProvider builder) {
        PactDslRequestWithPath request = ListingInteractions.pageRequest(builder
                        .given(ProviderStates.HOST_HAS_DELETED_RECORDINGS, STATE)
                        .uponReceiving("the first page of a listing of the caller's recycle bin, which links the next"),
                SandboxAccounts.ANN_TOKEN, ListingInteractions.USER_PATH, FIRST,
                Set.of(ProviderStates.FROM, ProviderStates.TO));
        String next = ListingInteractions.USER_PATH + "?" + ListingInteractions.queryString(NEXT);
        return ListingInteractions.pageWithNext(request,
                RecordingBodies.exactly(ExampleRecordings.THREE_PAGED.subList(0, PAGE_SIZE), query()),
                ListingInteractions.USER_PATH, next);
    }

    private static PactDslResponse nextPage(PactDslResponse firstPage) {
        PactDslRequestWithPath request = ListingInteractions.pageRequest(firstPage
                        .given(ProviderStates.HOST_HAS_DELETED_RECORDINGS, STATE)
                        .uponReceiving("the next page of a listing of the caller's recycle bin, at the URL the first "
                                + "page named"),
                SandboxAccounts.ANN_TOKEN, ListingInteractions.USER_PATH, NEXT,
                Set.of(ProviderStates.FROM, ProviderStates.TO, ProviderStates.CURSOR));
        // exactly the rest: a page after the cursor neither repeats nor skips a recording
        return ListingInteractions.page(request, RecordingBodies.exactly(
                ExampleRecordings.THREE_PAGED.subList(PAGE_SIZE, ExampleRecordings.THREE_PAGED.size()), query()));
    }

    @Test
    void theClientFollowsTheNextLinkAsGiven(MockServer mockServer) {
        try (WebexRecordingsClient client = ConsumerClients.against(mockServer, SandboxAccounts.ANN_TOKEN)) {
            PageLog log = new PageLog();
            List<ListedRecording> listed = client.listRecordings(query(), log.options()).toList();

            assertThat(listed).containsExactlyElementsOf(ExampleRecordings.THREE_PAGED);
            assertThat(log.pages()).extracting(PageResult::recordings).containsExactly(PAGE_SIZE, 1);
            assertThat(log.pages()).extracting(PageResult::hasNextPage).containsExactly(true, false);
            assertThat(log.pages()).allSatisfy(page -> {
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.attempts()).isEqualTo(1);
                assertThat(page.trackingId()).matches(Interactions.CLIENT_TRACKING_ID);
            });
            assertThat(log.pages()).extracting(PageResult::trackingId).doesNotHaveDuplicates();
        }
    }

    private static Map<String, String> withCursor(Map<String, String> first) {
        Map<String, String> next = new LinkedHashMap<>(first);
        next.put("cursor", CURSOR);
        return next;
    }
}
