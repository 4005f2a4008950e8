package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.ThrottledException;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.client.WebexStatus;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One interaction per documented response of each operation ({@link DocumentedCall}: the restore's, then each
 * listing's), each played once through the client facade without retries: the client must turn it into the
 * documented result (a {@link RestoreResult}; a listing's recordings) or exception family, with the status, Webex
 * message, tracking IDs and Retry-After it carried.
 *
 * <p>Pact's JUnit 5 extension builds a test's pact from one {@code @Pact} method and expects every interaction in
 * it to be called. {@code @ParameterizedClass} runs the class once per row, so each run's {@code @Pact} method
 * builds just that row's interaction, its mock server expects just that call, and the extension merges the runs
 * into one pact file.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("io.github.wxrestore.contract.DocumentedCall#all")
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Parties.PROVIDER, pactVersion = PactSpecVersion.V4)
class DocumentedStatusPactTest {

    private static final String RECORDING_ID = "4f914b1dfe3c4d11a61730f18c0f5387";
    private static final String JSON = "{\"restoreAll\":false,\"recordingIds\":[\"" + RECORDING_ID + "\"]}";

    private final DocumentedCall call;
    private final DocumentedResponse row;

    DocumentedStatusPactTest(DocumentedCall call) {
        this.call = call;
        this.row = call.row();
    }

    @Pact(consumer = Parties.CONSUMER)
    V4Pact answered(PactDslWithProvider builder) {
        PactDslRequestWithoutPath request = builder.given(call.providerState(), call.providerStateParams())
                .uponReceiving(call.description());
        PactDslResponse response = call.operation() == DocumentedOperation.RESTORE
                ? Interactions.respond(Interactions.restoreRequest(request, call.operation().token(), null, JSON), row)
                : listingAnswered(request);
        return response.toPact(V4Pact.class);
    }

    // a 200 is a page of what the provider holds, in the window its state answers; an error is scripted
    private PactDslResponse listingAnswered(PactDslRequestWithoutPath request) {
        Map<String, String> query = ListingInteractions.parameters("max", "100", "from",
                ListingInteractions.FROM.toString(), "to", ListingInteractions.TO.toString(), "status", "deleted");
        PactDslRequestWithPath get = ListingInteractions.pageRequest(request, call.operation().token(),
                ListingInteractions.path(call.operation().listing()), query,
                row.isSuccess() ? Set.of(ProviderStates.FROM, ProviderStates.TO) : Set.of());
        return row.isSuccess() ? ListingInteractions.page(get, RecordingBodies.atLeast(1, example(), query()))
                : Interactions.respond(get, row);
    }

    @Test
    void theClientReportsTheResponseAsDocumented(MockServer mockServer) {
        try (WebexRecordingsClient client = ConsumerClients.against(mockServer, call.operation().token())) {
            if (call.operation() == DocumentedOperation.RESTORE) {
                restore(client);
            } else {
                list(client);
            }
        }
    }

    private void restore(WebexRecordingsClient client) {
        RestoreRecordingsRequest body = new RestoreRecordingsRequest().recordingIds(List.of(RECORDING_ID));
        if (!row.isSuccess()) {
            assertDocumentedError(() -> client.restore(body));
            return;
        }
        RestoreResult result = client.restore(body);

        assertThat(result.status()).isEqualTo(row.status());
        assertThat(result.isNoContent()).isEqualTo(row.status() == 204);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.trackingId()).matches(Interactions.CLIENT_TRACKING_ID);
        assertThat(result.serverTrackingId()).contains(Interactions.SERVER_TRACKING_ID_EXAMPLE);
    }

    private void list(WebexRecordingsClient client) {
        if (!row.isSuccess()) {
            WebexApiException error = assertDocumentedError(() -> client.listRecordings(query()).toList());
            assertThat(error.mayHaveBeenApplied()).as("a listing changes nothing").isFalse();
            return;
        }
        PageLog log = new PageLog();
        List<ListedRecording> listed = client.listRecordings(query(), log.options()).toList();

        assertThat(listed).containsExactly(example());
        assertThat(listed).allMatch(ListedRecording::isInRecycleBin);
        assertThat(log.pages()).singleElement().satisfies(page -> {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.attempts()).isEqualTo(1);
            assertThat(page.recordings()).isEqualTo(1);
            assertThat(page.hasNextPage()).isFalse();
            assertThat(page.trackingId()).matches(Interactions.CLIENT_TRACKING_ID);
            assertThat(page.serverTrackingId()).contains(Interactions.SERVER_TRACKING_ID_EXAMPLE);
        });
    }

    private WebexApiException assertDocumentedError(ThrowingCallable failingCall) {
        WebexApiException error = catchThrowableOfType(WebexApiException.class, failingCall);

        assertThat(error).isInstanceOf(row.outcome());
        assertThat(error.status()).isEqualTo(row.status());
        assertThat(error.documentedStatus().map(WebexStatus::code)).contains(row.status());
        assertThat(error.attempts()).isEqualTo(1);
        assertThat(error.webexMessage()).contains(row.webexMessage());
        assertThat(error.errorDescriptions()).containsExactly(row.webexMessage());
        assertThat(error.serverTrackingId()).contains(Interactions.SERVER_TRACKING_ID_EXAMPLE);
        assertThat(error.requestTrackingId()).matches(Interactions.CLIENT_TRACKING_ID);
        assertThat(error.retryAfter()).isEqualTo(row.expectedRetryAfter());
        assertThat(error.getMessage()).contains(String.valueOf(row.status()))
                .doesNotContain(call.operation().token());
        if (error instanceof ThrottledException throttled) {
            assertThat(throttled.isLocked()).isEqualTo(row.status() == 423);
        }
        return error;
    }

    /** The query of both listings: the recycle bin, in a range the admin listing covers in one call. */
    private RecordingQuery query() {
        return RecordingQuery.builder().listing(call.operation().listing()).from(ListingInteractions.FROM)
                .to(ListingInteractions.TO).build();
    }

    private ListedRecording example() {
        return call.operation() == DocumentedOperation.ADMIN_LISTING ? ExampleRecordings.BOARD_MEETING_WITH_HOST
                : ExampleRecordings.BOARD_MEETING;
    }
}
