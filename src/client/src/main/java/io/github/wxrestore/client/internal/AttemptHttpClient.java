package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.WebexRecordingsClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HttpClient the generated code sees for one attempt: a view over the shared transport that adds the
 * {@code Authorization} and {@code User-Agent} headers, bounds the whole exchange (connect, headers and a body
 * that may trickle in byte by byte) by the attempt's time budget, reads at most a fixed number of body bytes
 * (one bound for a 2xx body, another for an error's), remembers the URI it sent to, and keeps what happened as an {@link ExchangeResult}. One instance per attempt; used by one thread.
 */
final class AttemptHttpClient extends HttpClient {

    // the JDK's words (jdk.internal.net.http) for a 204 that carries a Content-Length; NoContentWithABodyTest pins them
    static final String NO_CONTENT_WITH_A_BODY = "unexpected content length header with 204 response";
    private static final Logger LOG = LoggerFactory.getLogger(WebexRecordingsClient.class);


    private final HttpClient transport;
    private final String token;
    private final String userAgent;
    private final Duration budget;
    private final int maxSuccessBodyBytes;
    private final int maxErrorBodyBytes;
    private volatile ExchangeResult result;
    private volatile URI sentTo;

    /**
     * @param maxSuccessBodyBytes the most bytes of a 2xx body read (a listing's page is larger than any error)
     * @param maxErrorBodyBytes   the most bytes of any other body read
     */
    AttemptHttpClient(HttpClient transport, String token, String userAgent, Duration budget, int maxSuccessBodyBytes,
                      int maxErrorBodyBytes) {
        this.transport = transport;
        this.token = token;
        this.userAgent = userAgent;
        this.budget = budget;
        this.maxSuccessBodyBytes = maxSuccessBodyBytes;
        this.maxErrorBodyBytes = maxErrorBodyBytes;
    }

    /** What the exchange produced; empty when the generated code never called {@link #send}. */
    Optional<ExchangeResult> result() {
        return Optional.ofNullable(result);
    }

    /** The URI of the request sent (or tried); empty when {@link #send} was never called. */
    Optional<URI> sentTo() {
        return Optional.ofNullable(sentTo);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + budget.toNanos();
        sentTo = request.uri();
        HttpRequest outgoing = HttpRequest.newBuilder(request, (name, value) -> true)
                .setHeader("Authorization", "Bearer " + token)
                .setHeader("User-Agent", userAgent)
                .timeout(budget) // the JDK's own limit, up to the response headers; the body wait bounds the rest
                .build();
        BoundedBodySubscriber reader = null;
        try {
            // send() with the JDK's own streaming handler, then the bounded reader subscribes here: sendAsync()
            // completes every call through the common pool (a new thread per call with one or two processors),
            // and a body subscriber of our own would be handed to one of the HttpClient's threads per response.
            // send() returns at the response headers; the body is awaited within the rest of the budget.
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response =
                    transport.send(outgoing, HttpResponse.BodyHandlers.ofPublisher());
            if (response.body() == null) {
                // the JDK's answer when a proxy refuses the CONNECT of an https tunnel (a 407, a 403): the proxy's
                // status and headers, and no body at all
                result = new ExchangeResult.Received(response.statusCode(), response.headers(), BoundedBody.EMPTY);
                return StatusOnlyResponse.of(response, handler);
            }
            int maxBodyBytes = response.statusCode() / 100 == 2 ? maxSuccessBodyBytes : maxErrorBodyBytes;
            reader = new BoundedBodySubscriber(maxBodyBytes);
            response.body().subscribe(reader);
            BoundedBody body = reader.getBody().toCompletableFuture()
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
                body = body.gunzipped(maxBodyBytes);
            }
            result = new ExchangeResult.Received(response.statusCode(), response.headers(), body);
            return StatusOnlyResponse.of(response, handler);
        } catch (TimeoutException e) {
            abort(reader);
            throw failed(new HttpTimeoutException("no complete response within " + HumanText.duration(budget)));
        } catch (ExecutionException e) {
            throw failed(asIOException(e.getCause())); // the body failed, e.g. a connection reset mid-body
        } catch (IOException e) {
            if (NO_CONTENT_WITH_A_BODY.equals(e.getMessage())) {
                // Webex said 204, the success, with a Content-Length the JDK will not read past: a success all the
                // same (retrying it would turn a restore into a failure), with its headers lost
                LOG.warn("Webex answered 204 No Content with a body, which the JDK refuses to read ({}): taken as "
                        + "the success it is", e.getMessage());
                result = new ExchangeResult.Received(204, HttpHeaders.of(Map.of(), (name, value) -> true),
                        BoundedBody.EMPTY);
                throw e;
            }
            throw failed(e); // connect, request or headers; an HttpTimeoutException when the JDK's limit expired
        } catch (InterruptedException e) {
            abort(reader); // send() cancels its own exchange; a body still arriving is dropped here
            result = new ExchangeResult.Failed(new InterruptedIOException("interrupted while waiting for the response"),
                    false);
            throw e;
        }
    }

    private IOException failed(IOException cause) {
        result = new ExchangeResult.Failed(cause, cause instanceof HttpTimeoutException);
        return cause;
    }

    private static void abort(BoundedBodySubscriber reader) {
        if (reader != null) {
            reader.abort(); // drop a body that is still trickling in
        }
    }

    private static IOException asIOException(Throwable cause) {
        return cause instanceof IOException io ? io : new IOException(cause.getClass().getName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    /** Not used: the generated client is built without {@code asyncNative}, so it only calls {@link #send}. */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the restore client sends one attempt at a time with send()");
    }

    /** Not used, as {@link #sendAsync(HttpRequest, HttpResponse.BodyHandler)}. */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("the restore client sends one attempt at a time with send()");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return transport.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return transport.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return transport.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return transport.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return transport.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return transport.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return transport.authenticator();
    }

    @Override
    public Version version() {
        return transport.version();
    }

    @Override
    public Optional<Executor> executor() {
        return transport.executor();
    }

    @Override
    public String toString() {
        return "AttemptHttpClient{budget=" + budget + ", authorization=[REDACTED]}";
    }
}
