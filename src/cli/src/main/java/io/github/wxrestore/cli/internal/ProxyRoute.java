package io.github.wxrestore.cli.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * How a run's calls leave the machine, as {@link ProxySettings} decided: through one proxy, straight (with the
 * reason), or as the JVM's own settings say. Makes the HttpClient.Builder the library builds on, checks that the
 * proxy answers before anything is sent, and describes itself for {@code --verbose}, never showing credentials.
 * Immutable.
 */
public final class ProxyRoute {

    /**
     * The JDK property listing the auth schemes it refuses to send on an https tunnel's CONNECT: Basic, unless the
     * JVM is told otherwise. A proxy URL with credentials asks for exactly that, so the CLI allows it (as curl
     * sends them), unless the property was set on the command line.
     */
    static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final ProxyUrl proxy;
    private final String description;
    private final boolean direct;

    private ProxyRoute(ProxyUrl proxy, String description, boolean direct) {
        this.proxy = proxy;
        this.description = description;
        this.direct = direct;
    }

    static ProxyRoute through(ProxyUrl proxy) {
        return new ProxyRoute(proxy, proxy + " (from " + proxy.origin() + ")", false);
    }

    static ProxyRoute direct(String why) {
        return new ProxyRoute(null, "none (" + why + ")", true);
    }

    static ProxyRoute jvmDefault(boolean https) {
        String property = (https ? "https" : "http") + ".proxyHost";
        String host = System.getProperty(property);
        return new ProxyRoute(null, host == null || host.isBlank() ? "none"
                : "the JVM's own (-D" + property + "=" + host + ")", false);
    }

    /** The proxy every call goes through, if any (the JVM's own settings aside). */
    public Optional<ProxyUrl> proxy() {
        return Optional.ofNullable(proxy);
    }

    /**
     * A new HttpClient.Builder for this route: its proxy selector, with the proxy's credentials sent on every
     * request to the proxy ({@link ProxyAuthorizingHttpClient}); no proxy at all when the route is straight; the
     * JDK's default otherwise.
     */
    public HttpClient.Builder httpClientBuilder() {
        if (proxy == null) {
            return direct ? HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY) : HttpClient.newBuilder();
        }
        if (proxy.hasCredentials() && System.getProperty(TUNNELING_DISABLED_SCHEMES) == null) {
            // read once per JVM, when its first HttpClient is made: the CLI makes none before this one
            System.setProperty(TUNNELING_DISABLED_SCHEMES, "");
        }
        // unresolved: the HttpClient looks the proxy's name up on each connection
        HttpClient.Builder builder = HttpClient.newBuilder()
                .proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
        if (!proxy.hasCredentials()) {
            return builder;
        }
        String basic = Base64.getEncoder().encodeToString((proxy.user() + ":" + proxy.password())
                .getBytes(StandardCharsets.UTF_8));
        return new ProxyAuthorizingHttpClient.Builder(builder, "Basic " + basic);
    }

    /**
     * Empty when there is no proxy or it accepts a TCP connection within 10 s; otherwise the one line to print,
     * naming the proxy (credentials as {@code ***}) and why, such as {@code cannot connect to the proxy
     * http://***@proxy.example.com:3128 (from HTTPS_PROXY): connection refused; nothing was sent}.
     */
    public Optional<String> unreachable() {
        if (proxy == null) {
            return Optional.empty();
        }
        String why;
        try {
            why = connect();
            if (why == null) {
                return Optional.empty();
            }
        } catch (UnknownHostException e) {
            why = "unknown host " + proxy.host();
        }
        return Optional.of("cannot connect to the proxy " + description + ": " + why + "; nothing was sent");
    }

    // null once one of the proxy's addresses accepts; else why the last one did not
    private String connect() throws UnknownHostException {
        String why = null;
        for (InetAddress address : InetAddress.getAllByName(proxy.host())) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, proxy.port()), (int) CONNECT_TIMEOUT.toMillis());
                return null;
            } catch (ConnectException e) {
                why = "connection refused";
            } catch (SocketTimeoutException e) {
                why = "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s";
            } catch (NoRouteToHostException e) {
                why = "no route to host";
            } catch (IOException e) {
                why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        return why;
    }

    /** For {@code --verbose}: {@code http://***@host:port (from HTTPS_PROXY)}, {@code none (...)} or the JVM's. */
    @Override
    public String toString() {
        return description;
    }
}
