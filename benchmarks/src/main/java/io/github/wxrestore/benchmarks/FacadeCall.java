package io.github.wxrestore.benchmarks;

import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

/**
 * Variant (c): the facade with its defaults: validation before sending, a defensive copy of the body, a
 * TrackingID per attempt, per-attempt and per-call time limits, a bounded response read and the default
 * {@code RetryPolicy} (never needed here: every answer is 204). Thread-safe.
 */
public final class FacadeCall implements AutoCloseable {

    private final WebexRecordingsClient client;

    public FacadeCall(String baseUrl, String token) {
        this.client = WebexRecordingsClient.builder()
                .baseUrl(baseUrl)
                .accessToken(token)
                .httpClientBuilder(LoopbackTransport.builder())
                .build();
    }

    public RestoreResult restore(RestoreRecordingsRequest body) {
        return client.restore(body);
    }

    @Override
    public void close() {
        client.close();
    }
}
