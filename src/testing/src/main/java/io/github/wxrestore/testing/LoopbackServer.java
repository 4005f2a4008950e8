package io.github.wxrestore.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on loopback for tests: it records every request and answers with scripted responses
 * (then with the fallback response once the script is used up).
 */
public final class LoopbackServer implements AutoCloseable {

    /** One request as it arrived on the wire. */
    public record Recorded(String method, URI uri, Headers headers, byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The raw query string as sent, percent-encoding intact. */
        public String rawQuery() {
            return uri.getRawQuery();
        }

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** A response to send: status, headers and body (empty for none). */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0]);
        }

        public static Reply json(int status, String json, Map<String, String> headers) {
            Map<String, List<String>> all = new java.util.LinkedHashMap<>();
            headers.forEach((k, v) -> all.put(k, List.of(v)));
            all.put("Content-Type", List.of("application/json"));
            return new Reply(status, all, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private volatile Function<Recorded, Reply> fallback = request -> Reply.status(204);

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on 127.0.0.1 and an ephemeral port. */
    public static LoopbackServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackServer loopback = new LoopbackServer(server);
            server.createContext("/", loopback::handle);
            server.setExecutor(loopback.executor);
            server.start();
            return loopback;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a loopback server", e);
        }
    }

    /** Base URL such as {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Queues replies, answered in order, one per request. */
    public LoopbackServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply for every request once the queue is empty (204 by default). */
    public LoopbackServer otherwise(Reply reply) {
        return otherwise(request -> reply);
    }

    /** The reply, chosen from the request, for every request once the queue is empty. */
    public LoopbackServer otherwise(Function<Recorded, Reply> replyFor) {
        this.fallback = replyFor;
        return this;
    }

    public List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    public int requestCount() {
        return requests.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Headers copy = new Headers();
            copy.putAll(exchange.getRequestHeaders());
            Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(), copy, body);
            requests.add(request);
            Reply reply = script.poll();
            if (reply == null) {
                reply = fallback.apply(request);
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
            long length = reply.body().length == 0 ? -1 : reply.body().length;
            exchange.sendResponseHeaders(reply.status(), length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
