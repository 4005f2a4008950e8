package io.github.wxrestore.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.generated.invoker.ApiClient;

import java.net.http.HttpClient;

/**
 * The generated {@link ApiClient} for one attempt. Its two getters are the seam: {@code getHttpClient()} hands
 * the generated code this attempt's {@link AttemptHttpClient}, and {@code getObjectMapper()} shares the
 * client's mapper (configured once, then only read, so thread-safe) instead of copying it per attempt.
 */
final class AttemptApiClient extends ApiClient {

    private final HttpClient attemptClient;

    AttemptApiClient(HttpClient attemptClient, ObjectMapper sharedMapper, String baseUrl) {
        super(HttpClient.newBuilder(), sharedMapper, baseUrl);
        this.attemptClient = attemptClient;
    }

    @Override
    public HttpClient getHttpClient() {
        return attemptClient;
    }

    @Override
    public ObjectMapper getObjectMapper() {
        return mapper;
    }
}
