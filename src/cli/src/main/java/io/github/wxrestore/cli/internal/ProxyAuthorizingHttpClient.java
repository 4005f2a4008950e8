package io.github.wxrestore.cli.internal;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An HttpClient that sends the proxy's credentials with every request, as curl does ({@code Proxy-Authorization:
 * Basic}, preemptively), rather than through an {@link Authenticator}: with an Authenticator set, the JDK turns a
 * 401 that carries no {@code WWW-Authenticate} header (the sandbox's, and perhaps Webex's) into an IOException, so
 * a refused token would read as a network failure. The JDK sends the header to the proxy only: on the CONNECT of
 * an https tunnel (once Basic is allowed there, see {@link ProxyRoute}) or on a plain http request through the
 * proxy, never inside the tunnel. Everything else is the wrapped client's. Thread-safe as the wrapped client is.
 */
final class ProxyAuthorizingHttpClient extends HttpClient {

    private final HttpClient transport;
    private final String authorization;

    private ProxyAuthorizingHttpClient(HttpClient transport, String authorization) {
        this.transport = transport;
        this.authorization = authorization;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return transport.send(authorized(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        return transport.sendAsync(authorized(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return transport.sendAsync(authorized(request), handler, pushPromiseHandler);
    }

    private HttpRequest authorized(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .setHeader("Proxy-Authorization", authorization).build();
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
        return "ProxyAuthorizingHttpClient{" + transport + ", Proxy-Authorization not shown}";
    }

    /** A builder of the JDK's HttpClient whose {@link #build()} wraps what it builds. Not thread-safe. */
    static final class Builder implements HttpClient.Builder {

        private final HttpClient.Builder delegate;
        private final String authorization;

        /** {@code authorization} is the whole header value, such as {@code Basic dXNlcjpwYXNz}. */
        Builder(HttpClient.Builder delegate, String authorization) {
            this.delegate = delegate;
            this.authorization = authorization;
        }

        @Override
        public Builder cookieHandler(CookieHandler cookieHandler) {
            delegate.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public Builder connectTimeout(Duration duration) {
            delegate.connectTimeout(duration);
            return this;
        }

        @Override
        public Builder sslContext(SSLContext sslContext) {
            delegate.sslContext(sslContext);
            return this;
        }

        @Override
        public Builder sslParameters(SSLParameters sslParameters) {
            delegate.sslParameters(sslParameters);
            return this;
        }

        @Override
        public Builder executor(Executor executor) {
            delegate.executor(executor);
            return this;
        }

        @Override
        public Builder followRedirects(Redirect policy) {
            delegate.followRedirects(policy);
            return this;
        }

        @Override
        public Builder version(Version version) {
            delegate.version(version);
            return this;
        }

        @Override
        public Builder priority(int priority) {
            delegate.priority(priority);
            return this;
        }

        @Override
        public Builder proxy(ProxySelector proxySelector) {
            delegate.proxy(proxySelector);
            return this;
        }

        @Override
        public Builder authenticator(Authenticator authenticator) {
            delegate.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new ProxyAuthorizingHttpClient(delegate.build(), authorization);
        }

        @Override
        public String toString() {
            return "ProxyAuthorizingHttpClient.Builder{Proxy-Authorization not shown}";
        }
    }
}
