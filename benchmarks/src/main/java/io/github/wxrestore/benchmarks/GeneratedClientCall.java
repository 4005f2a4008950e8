package io.github.wxrestore.benchmarks;

import io.github.wxrestore.generated.api.RecordingsApi;
import io.github.wxrestore.generated.invoker.ApiClient;
import io.github.wxrestore.generated.invoker.ApiException;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

/**
 * Variant (b): the generated low-level client alone, used as its documentation suggests: one
 * {@link RecordingsApi} built once (so one HttpClient), the token added by a request interceptor, no
 * TrackingID. Thread-safe.
 */
public final class GeneratedClientCall {

    private final RecordingsApi api;

    public GeneratedClientCall(String baseUrl, String token) {
        String authorization = "Bearer " + token;
        ApiClient apiClient = new ApiClient(LoopbackTransport.builder(), ApiClient.createDefaultObjectMapper(), baseUrl);
        apiClient.setRequestInterceptor(request -> request.header("Authorization", authorization));
        this.api = new RecordingsApi(apiClient);
    }

    /** Sends {@code body}; returns the 2xx status or throws (the generated client throws for any other). */
    public int restore(RestoreRecordingsRequest body) throws ApiException {
        return api.bulkRestoreRecordingsWithHttpInfo(body, null, null).getStatusCode();
    }
}
