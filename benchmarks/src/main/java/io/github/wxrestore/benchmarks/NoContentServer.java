package io.github.wxrestore.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server of the per-call benchmark: the JDK HttpServer on loopback, reading each request body to the end
 * and answering {@code 204 No Content} at once, as Webex does on success. It keeps only a count and the last
 * request, so a long run costs no memory and the smoke test can still see what each client sent.
 * Thread-safe.
 */
public final class NoContentServer implements AutoCloseable {

    /** The last request: what a benchmark variant really put on the wire. */
    public record Seen(String method, String path, String query, String authorization, String trackingId,
                       String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final AtomicLong requests = new AtomicLong();
    private volatile Seen last;

    private NoContentServer(HttpServer server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1 and an ephemeral port; requests are answered on the server's dispatcher thread. */
    public static NoContentServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            NoContentServer noContent = new NoContentServer(server);
            server.createContext("/", noContent::handle);
            server.setExecutor(null); // no hand-off to a pool: the fastest answer the JDK server can give
            server.start();
            return noContent;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the loopback server", e);
        }
    }

    /** The base URL of the API on this server, like {@code https://webexapis.com/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public long requests() {
        return requests.get();
    }

    public Seen last() {
        return last;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            last = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("TrackingID"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
