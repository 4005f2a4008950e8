package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.listing.ListedRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One interaction per listing request shape ({@link ListingShape}): the mock server accepts the call only if the
 * client sent exactly those query parameters (decoded, so a {@code hostEmail}'s {@code +} must travel encoded) and
 * the Authorization, Accept and TrackingID headers; the provider then answers one page of the recordings its state
 * set up, whose fields match what the query filtered on.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(ListingShape.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Parties.PROVIDER, pactVersion = PactSpecVersion.V4)
class ListingShapePactTest {

    private final ListingShape shape;

    ListingShapePactTest(ListingShape shape) {
        this.shape = shape;
    }

    @Pact(consumer = Parties.CONSUMER)
    V4Pact listingSent(PactDslWithProvider builder) {
        return ListingInteractions.page(ListingInteractions.pageRequest(builder
                                .given(shape.providerState(), shape.providerStateParams())
                                .uponReceiving(shape.description()),
                        shape.token(), shape.path(), shape.parameters(),
                        Set.of(ProviderStates.FROM, ProviderStates.TO)),
                        RecordingBodies.atLeast(1, shape.example(), shape.query()))
                .toPact(V4Pact.class);
    }

    @Test
    void theClientSendsTheShapeAndReportsTheRecordings(MockServer mockServer) {
        try (WebexRecordingsClient client = ConsumerClients.against(mockServer, shape.token())) {
            PageLog log = new PageLog();
            List<ListedRecording> listed = client.listRecordings(shape.query(), log.options()).toList();

            assertThat(listed).containsExactly(shape.example());
            assertThat(log.pages()).singleElement().satisfies(page -> {
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.attempts()).isEqualTo(1);
                assertThat(page.hasNextPage()).isFalse();
                assertThat(page.trackingId()).matches(Interactions.CLIENT_TRACKING_ID);
                assertThat(page.serverTrackingId()).contains(Interactions.SERVER_TRACKING_ID_EXAMPLE);
            });
        }
    }
}
