package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.MockServer;
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
import io.github.wxrestore.sandbox.SandboxAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One interaction per documented response ({@link DocumentedResponse}), each played once through the client
 * facade without retries: the client must turn it into the documented result or exception family, with the
 * status, Webex message, tracking IDs and Retry-After it carried.
 *
 * <p>Pact's JUnit 5 extension builds a test's pact from one {@code @Pact} method and expects every interaction in
 * it to be called. {@code @ParameterizedClass} runs the class once per row, so each run's {@code @Pact} method
 * builds just that row's interaction, its mock server expects just that call, and the extension merges the runs
 * into one pact file.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DocumentedResponse.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Parties.PROVIDER, pactVersion = PactSpecVersion.V4)
class DocumentedStatusPactTest {

    private static final String RECORDING_ID = "4f914b1dfe3c4d11a61730f18c0f5387";
    private static final String JSON = "{\"restoreAll\":false,\"recordingIds\":[\"" + RECORDING_ID + "\"]}";

    private final DocumentedResponse row;

    DocumentedStatusPactTest(DocumentedResponse row) {
        this.row = row;
    }

    @Pact(consumer = Parties.CONSUMER)
    V4Pact restoreAnswered(PactDslWithProvider builder) {
        return Interactions.respond(Interactions.restoreRequest(
                        builder.given(row.providerState(), row.providerStateParams()).uponReceiving(row.description()),
                        SandboxAccounts.ANN_TOKEN, null, JSON), row)
                .toPact(V4Pact.class);
    }

    @Test
    void theClientReportsTheResponseAsDocumented(MockServer mockServer) {
        try (WebexRecordingsClient client = ConsumerClients.against(mockServer, SandboxAccounts.ANN_TOKEN)) {
            RestoreRecordingsRequest body = new RestoreRecordingsRequest().recordingIds(List.of(RECORDING_ID));

            if (row.isSuccess()) {
                RestoreResult result = client.restore(body);

                assertThat(result.status()).isEqualTo(row.status());
                assertThat(result.isNoContent()).isEqualTo(row.status() == 204);
                assertThat(result.attempts()).isEqualTo(1);
                assertThat(result.trackingId()).matches(Interactions.CLIENT_TRACKING_ID);
                assertThat(result.serverTrackingId()).contains(Interactions.SERVER_TRACKING_ID_EXAMPLE);
            } else {
                WebexApiException error = catchThrowableOfType(WebexApiException.class, () -> client.restore(body));

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
                        .doesNotContain(SandboxAccounts.ANN_TOKEN);
                if (error instanceof ThrottledException throttled) {
                    assertThat(throttled.isLocked()).isEqualTo(row.status() == 423);
                }
            }
        }
    }
}
