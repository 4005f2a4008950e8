package io.github.wxrestore.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wxrestore.generated.api.RecordingsApi;
import io.github.wxrestore.generated.invoker.ApiClient;
import io.github.wxrestore.generated.invoker.ApiException;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Sends one attempt of the restore call: the generated client builds the request (URL, query encoding,
 * {@code TrackingID} header, JSON body) and this module's {@link AttemptHttpClient} carries it, bounded in
 * time and size. Thread-safe: per-attempt state lives in per-attempt objects; the mapper is only read.
 */
public final class RestoreExchange {

    /** Response bodies are read up to this many bytes; the rest is never downloaded. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpClient transport;
    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
    private final String baseUrl;
    private final String userAgent;

    public RestoreExchange(HttpClient transport, String baseUrl, String userAgent) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
    }

    /** One attempt, within {@code budget}; never throws for HTTP or I/O trouble, it reports it. */
    public ExchangeResult send(RestoreRecordingsRequest body, String hostEmail, String trackingId, String token,
                               Duration budget) {
        AttemptHttpClient http = new AttemptHttpClient(transport, token, userAgent, budget, MAX_BODY_BYTES);
        RecordingsApi api = new RecordingsApi(new AttemptApiClient(http, mapper, baseUrl));
        try {
            api.bulkRestoreRecordingsWithHttpInfo(body, hostEmail, trackingId);
        } catch (ApiException e) {
            // expected for every non-2xx status and I/O failure: the attempt client has recorded what happened
            if (http.result().isEmpty()) {
                return new ExchangeResult.NotSent(e.getCause() != null ? e.getCause()
                        : new IllegalStateException("the request could not be built: " + e.getMessage()));
            }
        } catch (RuntimeException e) {
            // the JDK refusing the request outright (say, a header it will not send): report it, typed like the rest
            return http.result().orElseGet(() -> new ExchangeResult.NotSent(e));
        }
        return http.result().orElseThrow(() -> new IllegalStateException("the generated client sent nothing"));
    }

    /**
     * A deep copy of {@code body} made through its own JSON form, so that it holds exactly what goes on the wire
     * (every property the spec declares, with no hand-written field list) and later changes by the caller
     * cannot reach a call in flight. {@code null} stays {@code null}. The JSON form is Jackson's token stream,
     * never encoded to bytes and parsed back: the same serializers and deserializers at a sixth of the cost,
     * and the immutable strings are shared rather than decoded anew.
     */
    public RestoreRecordingsRequest copyOf(RestoreRecordingsRequest body) {
        if (body == null) {
            return null;
        }
        TokenBuffer json = new TokenBuffer(mapper, false);
        try {
            mapper.writeValue(json, body);
            try (JsonParser parser = json.asParser(mapper)) {
                return mapper.readValue(parser, RestoreRecordingsRequest.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the restore request could not be copied", e);
        }
    }
}
