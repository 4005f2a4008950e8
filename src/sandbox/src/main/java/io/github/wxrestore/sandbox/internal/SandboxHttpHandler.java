package io.github.wxrestore.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxUser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HTTP side: reads a request, has the endpoint of its path decide the answer (a path no endpoint has gets
 * 404), records the exchange, waits out any latency and writes the answer. Thread-safe: it holds no per-request
 * state, and every part it calls is thread-safe.
 */
final class SandboxHttpHandler implements HttpHandler {

    private final Clock clock;
    private final Function<String, Optional<SandboxUser>> userByToken;
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final FaultEngine faults;
    private final TrackingIds trackingIds;
    private final RequestLog log;

    SandboxHttpHandler(Clock clock, Function<String, Optional<SandboxUser>> userByToken, List<Endpoint> endpoints,
                       FaultEngine faults, TrackingIds trackingIds, RequestLog log) {
        this.clock = clock;
        this.userByToken = userByToken;
        endpoints.forEach(e -> this.endpoints.put(e.path(), e));
        this.faults = faults;
        this.trackingIds = trackingIds;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant receivedAt = clock.instant();
            Incoming in = Incoming.read(exchange);
            Optional<SandboxUser> caller = Credentials.bearerToken(in.header("Authorization")).flatMap(userByToken);
            String trackingId = trackingIds.forRequest(in.header("TrackingID"));
            Reply reply;
            try {
                reply = decide(in, caller);
            } catch (RuntimeException e) {
                Log.LOGGER.log(System.Logger.Level.WARNING,
                        () -> "sandbox failed on " + in.method() + " " + in.path() + " (TrackingID " + trackingId + ")", e);
                reply = Reply.error(DocumentedStatus.INTERNAL_SERVER_ERROR);
            }
            Rendering.Rendered out = Rendering.render(reply, trackingId);
            // recorded before the answer leaves, so a caller that got its answer always finds its request
            log.add(record(receivedAt, in, caller, out));
            pause(faults.latency());
            send(exchange, in.method(), out);
        }
    }

    /** A path no endpoint has gets 404, before anything else; the endpoint of the path decides the rest. */
    private Reply decide(Incoming in, Optional<SandboxUser> caller) {
        Endpoint endpoint = endpoints.get(in.path());
        if (endpoint == null) {
            return Reply.error(404, "The requested resource could not be found.", List.of(
                    "Nothing at " + WireSyntax.quote(in.path()) + "; the endpoints are " + endpoints.values().stream()
                            .map(e -> e.method() + " " + e.path()).collect(Collectors.joining(", ")) + "."));
        }
        return endpoint.decide(in, caller);
    }

    private static RecordedRequest record(Instant receivedAt, Incoming in, Optional<SandboxUser> caller,
                                          Rendering.Rendered out) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        in.headers().forEach((name, values) -> headers.put(name, name.equalsIgnoreCase("Authorization")
                ? values.stream().map(Credentials::redact).toList() : values));
        Map<String, List<String>> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        responseHeaders.putAll(out.headers());
        return new RecordedRequest(receivedAt, in.method(), in.path(), in.rawQuery(),
                Collections.unmodifiableMap(headers), new String(in.body(), StandardCharsets.UTF_8),
                caller.map(SandboxUser::email).orElse(null),
                new RecordedRequest.RecordedResponse(out.status(), Collections.unmodifiableMap(responseHeaders),
                        new String(out.body(), StandardCharsets.UTF_8)));
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            // the sandbox is closing: answer at once
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, String method, Rendering.Rendered out) throws IOException {
        out.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        boolean body = out.body().length > 0 && !"HEAD".equals(method);
        exchange.sendResponseHeaders(out.status(), body ? out.body().length : -1);
        if (body) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out.body());
            }
        }
    }

    // the JDK's own logger, so the sandbox needs no logging library (an application routes it where it likes);
    // a holder, so the logging backend starts on the first failure and not with every sandbox
    private static final class Log {
        static final System.Logger LOGGER = System.getLogger(SandboxHttpHandler.class.getName());
    }
}
