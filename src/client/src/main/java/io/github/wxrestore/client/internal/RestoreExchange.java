package io.github.wxrestore.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wxrestore.client.Attempt;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.api.RecordingsApi;
import io.github.wxrestore.generated.invoker.ApiClient;
import io.github.wxrestore.generated.invoker.ApiException;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The restore calls of one client: {@link #call} is one call's {@link Exchange}, whose attempts the generated
 * client builds (URL, query encoding, {@code TrackingID} header, JSON body) and this module's
 * {@link AttemptHttpClient} carries, bounded in time and size. Thread-safe: per-attempt state lives in
 * per-attempt objects; the mapper is only read.
 */
public final class RestoreExchange {

    /** Response bodies are read up to this many bytes; the rest is never downloaded. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpClient transport;
    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
    private final String baseUrl;
    private final String userAgent;
    private final Operation operation;

    public RestoreExchange(HttpClient transport, String baseUrl, String userAgent) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
        this.operation = Operation.restore(URI.create(WebexRecordingsClient.restoreUrl(baseUrl)).getRawPath());
    }

    /** The call that restores {@code body} (already validated and copied) for {@code hostEmail} (or the caller). */
    public Exchange<RestoreResult> call(RestoreRecordingsRequest body, String hostEmail) {
        return new RestoreCall(body, hostEmail);
    }

    /** One restore call: every attempt sends the same body. */
    private final class RestoreCall implements Exchange<RestoreResult> {
        private final RestoreRecordingsRequest body;
        private final String hostEmail;

        RestoreCall(RestoreRecordingsRequest body, String hostEmail) {
            this.body = body;
            this.hostEmail = hostEmail;
        }

        @Override
        public Operation operation() {
            return operation;
        }

        @Override
        public ExchangeResult send(String trackingId, String token, Duration budget) {
            return RestoreExchange.this.send(body, hostEmail, trackingId, token, budget);
        }

        // any 2xx is the success, with or without a body: the body is not read
        @Override
        public RestoreResult success(ExchangeResult.Received received, Attempt attempt, Redactor redactor) {
            return new RestoreResult(received.status(), attempt.trackingId(), redactor.apply(received.headers()),
                    attempt.number());
        }

        @Override
        public void tellSucceeded(AttemptListener listeners, AttemptAnswer answer, RestoreResult value) {
            listeners.succeeded(answer, value);
        }
    }

    private ExchangeResult send(RestoreRecordingsRequest body, String hostEmail, String trackingId, String token,
                                Duration budget) {
        AttemptHttpClient http = new AttemptHttpClient(transport, token, userAgent, budget, MAX_BODY_BYTES,
                MAX_BODY_BYTES);
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
