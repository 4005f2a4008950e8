package io.github.wxrestore.client.internal;

import javax.net.ssl.SSLSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.Flow;

/**
 * What the generated client is given back: the real status, but no headers and an empty body. It only decides
 * "2xx or ApiException"; the real headers and the bounded body are kept by {@link AttemptHttpClient}, so the
 * generated code's unbounded {@code readAllBytes}, platform-charset decoding and body-in-message never see them.
 */
record StatusOnlyResponse<T>(int statusCode, HttpRequest request, URI uri, HttpClient.Version version, T body)
        implements HttpResponse<T> {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(java.util.Map.of(), (name, value) -> true);

    /** Runs {@code handler} over an empty body, whatever kind of body it makes. */
    static <T> StatusOnlyResponse<T> of(HttpResponse<?> real, HttpResponse.BodyHandler<T> handler) {
        ResponseInfo info = new ResponseInfo() {
            @Override
            public int statusCode() {
                return real.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return NO_HEADERS;
            }

            @Override
            public HttpClient.Version version() {
                return real.version();
            }
        };
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(info);
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                // nothing to deliver: the stream is already complete
            }

            @Override
            public void cancel() {
                // nothing to release
            }
        });
        subscriber.onComplete();
        T body = subscriber.getBody().toCompletableFuture().join();
        return new StatusOnlyResponse<>(real.statusCode(), real.request(), real.uri(), real.version(), body);
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return NO_HEADERS;
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }
}
