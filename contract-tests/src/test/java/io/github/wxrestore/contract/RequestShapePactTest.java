package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.WebexRecordingsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One interaction per request shape ({@link RequestShape}): the mock server accepts the call only if the client
 * sent exactly that body, the {@code hostEmail} query intact, and the Authorization, Content-Type and TrackingID
 * headers; the provider then restores the recordings and answers 204.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(RequestShape.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Parties.PROVIDER, pactVersion = PactSpecVersion.V4)
class RequestShapePactTest {

    private final RequestShape shape;

    RequestShapePactTest(RequestShape shape) {
        this.shape = shape;
    }

    @Pact(consumer = Parties.CONSUMER)
    V4Pact restoreSent(PactDslWithProvider builder) {
        return Interactions.restored(Interactions.restoreRequest(builder
                        .given(ProviderStates.RECORDINGS_IN_RECYCLE_BIN, shape.providerStateParams())
                        .uponReceiving(shape.description()),
                        shape.token(), shape.hostEmail().orElse(null), shape.json()))
                .toPact(V4Pact.class);
    }

    @Test
    void theClientSendsTheShapeAndReportsTheRestore(MockServer mockServer) {
        try (WebexRecordingsClient client = ConsumerClients.against(mockServer, shape.token())) {
            RestoreResult result = client.restore(shape.body(), shape.hostEmail().orElse(null));

            assertThat(result.status()).isEqualTo(204);
            assertThat(result.isNoContent()).isTrue();
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.trackingId()).matches(Interactions.CLIENT_TRACKING_ID);
            assertThat(result.serverTrackingId()).contains(Interactions.SERVER_TRACKING_ID_EXAMPLE);
        }
    }
}
