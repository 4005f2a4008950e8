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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The HTTP side: reads a request, decides the answer ({@link #decide}), records the exchange, waits out any
 * latency and writes the answer. Thread-safe: it holds no per-request state, and every part it calls is
 * thread-safe.
 */
final class RestoreEndpoint implements HttpHandler {

    // the provider's own spelling of the path: the sandbox shares no code with the client (SandboxIndependenceTest)
    static final String PATH = "/v1/recordings/restore";

    private final Clock clock;
    private final Function<String, Optional<SandboxUser>> userByToken;
    private final ScriptedReplies scripted;
    private final FaultEngine faults;
    private final RecycleBins bins;
    private final RestoreSemantics semantics;
    private final TrackingIds trackingIds;
    private final RequestLog log;

    RestoreEndpoint(Clock clock, Function<String, Optional<SandboxUser>> userByToken, ScriptedReplies scripted,
                    FaultEngine faults, RecycleBins bins, RestoreSemantics semantics, TrackingIds trackingIds,
                    RequestLog log) {
        this.clock = clock;
        this.userByToken = userByToken;
        this.scripted = scripted;
        this.faults = faults;
        this.bins = bins;
        this.semantics = semantics;
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

    /**
     * Which check answers first, the one place it is written (WebexSandbox's javadoc points here): a path other
     * than {@link #PATH} gets 404; a scripted reply, when one is queued, answers whatever the request holds; a
     * method other than POST gets 405 with {@code Allow: POST}; then the faults; then the documented checks, in
     * the order {@link RestoreSemantics} gives.
     */
    private Reply decide(Incoming in, Optional<SandboxUser> caller) {
        if (!PATH.equals(in.path())) {
            return Reply.error(404, "The requested resource could not be found.", List.of(
                    "Nothing at " + WireSyntax.quote(in.path()) + "; the endpoint is POST " + PATH + "."));
        }
        BodyParser.Parsed parsed = "POST".equals(in.method()) ? BodyParser.parse(in.body()) : null;
        if (parsed != null) {
            bins.countNamed(parsed.namedIds());
        }
        Optional<Reply> script = scripted.poll();
        if (script.isPresent()) {
            return script.get();
        }
        if (parsed == null) {
            return Reply.error(405, DocumentedStatus.METHOD_NOT_ALLOWED.message(), List.of(
                    in.method() + " is not allowed on " + PATH + "; use POST.")).withHeader("Allow", "POST");
        }
        Optional<Reply> fault = faults.before();
        if (fault.isPresent()) {
            return fault.get();
        }
        return semantics.answer(in, caller, parsed);
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
        static final System.Logger LOGGER = System.getLogger(RestoreEndpoint.class.getName());
    }
}
