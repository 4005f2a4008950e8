package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.MockServer;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.WebexRecordingsClient;

import java.time.Duration;

/** The client facade as the consumer tests use it: pointed at the Pact mock server, one attempt per call. */
final class ConsumerClients {

    private ConsumerClients() {
    }

    /**
     * A client for {@code mockServer} that never retries: the mock answers each interaction once, so a retry
     * would be an unexpected request (retry sequences are the client's and the sandbox's own tests).
     */
    static WebexRecordingsClient against(MockServer mockServer, String token) {
        return WebexRecordingsClient.builder()
                .baseUrl(mockServer.getUrl() + Interactions.BASE_PATH)
                .accessToken(token)
                .retryPolicy(RetryPolicy.none())
                .attemptTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(15))
                .build();
    }
}
