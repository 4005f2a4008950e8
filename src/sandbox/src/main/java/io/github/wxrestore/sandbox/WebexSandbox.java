package io.github.wxrestore.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.github.wxrestore.sandbox.internal.SandboxEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded, offline Webex that serves {@code POST /v1/recordings/restore} and the two listings that find what
 * to restore, {@code GET /v1/recordings} and {@code GET /v1/admin/recordings}, on loopback as the documentation
 * says: an in-memory recycle bin per site and host, seeded deterministically, its recordings with metadata;
 * users with tokens and scopes; faults on demand; and a record of everything it received. Start one in a test
 * with try-with-resources:
 *
 * <pre>{@code
 * try (WebexSandbox sandbox = WebexSandbox.start()) {
 *     String token = sandbox.user(SandboxAccounts.ANN).token();
 *     List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 3);
 *     // POST sandbox.baseUrl() + "/recordings/restore" ... then:
 *     assertThat(sandbox.restoredIds()).containsAll(ids);
 * }
 * }</pre>
 *
 * <p>Answers as the documentation says, each documented status for its cause (a wrong path, another method than
 * POST, the token, the content type, the body and its rules, the scope, the host and the site), plus any
 * {@linkplain #respondNext(ScriptedReply...) scripted reply} or {@linkplain SandboxFaults fault} set. Which check
 * answers first is written once, where it is decided: {@code RestoreEndpoint.decide} and then
 * {@code RestoreSemantics}, in {@code sandbox.internal}. The IDs restore all or nothing: if any is not in the
 * recycle bin of that host on that site (never there, someone else's, or already restored), the answer is 404
 * naming each such ID in {@code errors[]} and nothing is restored; else if any is locked, 423; else they leave
 * the bin and the answer is 204. {@code restoreAll} restores the whole bin of that host on that site. Every
 * answer carries {@code TrackingID} (the request's own, or a new one) and errors carry the Webex body
 * {@code {"message", "errors": [{"description"}], "trackingId"}}; an HTML gateway page is the one exception.
 *
 * <p><b>Recordings.</b> Each seeded recording has metadata derived from the seed alone (the same seed and clock
 * give the same recordings; another user or site changes no one else's), as {@link SandboxRecording} holds it:
 * a topic from a small vocabulary ({@code Board meeting}, {@code Weekly sync}, {@code Customer call},
 * {@code All hands}, {@code Design review}), about half with a number; a createTime in the 400 days before the
 * sandbox clock's now at start, timeRecorded a little before; mostly MP4 of MeetingCenter; a meetingId that every
 * fourth recording shares with another. They start in the recycle bin ({@code deleted}); a restore makes them
 * {@code available}. An ID added with {@link #addToRecycleBin} gets metadata from the ID and the seed.
 *
 * <p><b>Listings.</b> GET only (else 405 with {@code Allow: GET}); which check answers first is written in
 * {@code ListingEndpoint.decide} and then {@code ListingSemantics}. A page is {@code {"items": [...]}}, newest
 * first by createTime (then by ID), at most {@code max} (1 to 100, default 10); a longer result names its next
 * page in {@code Link: <URL>; rel="next"}, an absolute URL on this sandbox that carries the request's filters,
 * its interval made explicit, and an opaque cursor (where the page ended: a page neither repeats nor skips a
 * recording when others come and go). {@code from} (inclusive) and {@code to} (exclusive) filter createTime in
 * the ISO 8601 forms {@code IsoDateTimes} lists ({@code 2026-11-01}, {@code 2026-11-01T09:30:00Z},
 * {@code 2026-11-01T09:30:00+01:00}, {@code 2026-11-01T09:30:00.000Z}, and a few more; one without an offset is
 * read in the {@code timezone} header's zone, UTC by default, which is also the zone of the times answered);
 * neither given, the 7 days before now; only one, the 7 days next to it; {@code from} after {@code to}, or more
 * than 30 days on the admin listing, is 400. {@code topic} matches a substring of the topic without regard to
 * case ({@code sync} finds every {@code Weekly sync}); {@code format}, {@code serviceType} and {@code status}
 * ({@code available} by default, {@code deleted} for the recycle bin) match exactly; {@code meetingId} makes
 * {@code siteUrl} ignored (on the admin listing {@code from} and {@code to} too); no recording has an
 * integration tag. The user listing covers the caller's sites (or {@code siteUrl}); with {@code hostEmail}, an
 * admin lists a host on sites the admin administers (403 and 404 as a restore's). The admin listing needs the
 * admin scope (403) and covers every host of {@code siteUrl} or of the admin's preferred site.
 *
 * <p>Thread-safe: any number of clients may call it at once; each ID is restored exactly once.
 */
public final class WebexSandbox implements AutoCloseable {

    /** The seed used unless the builder says otherwise. */
    public static final long DEFAULT_SEED = 1L;
    /** Recordings seeded per host and site unless the builder says otherwise. */
    public static final int DEFAULT_RECORDINGS_PER_HOST = 200;
    /** Requests kept for {@link #requests()} unless the builder says otherwise (oldest dropped first). */
    public static final int DEFAULT_MAX_RECORDED_REQUESTS = 10_000;

    private static final String LOOPBACK = "127.0.0.1";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxEngine engine;
    private final CountDownLatch closed = new CountDownLatch(1);

    private WebexSandbox(HttpServer server, ExecutorService executor, SandboxEngine engine) {
        this.server = server;
        this.executor = executor;
        this.engine = engine;
    }

    /** A builder with the defaults: ephemeral port, {@link SandboxAccounts#defaults()}, no faults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a sandbox with the defaults on an ephemeral port. */
    public static WebexSandbox start() {
        return builder().start();
    }

    /** The base URL to give a client, such as {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return origin() + "/v1";
    }

    /** The full URI of the endpoint: {@code baseUrl() + "/recordings/restore"}. */
    public URI restoreUri() {
        return URI.create(origin() + SandboxEngine.endpointPath());
    }

    /** The full URI of the user listing: {@code baseUrl() + "/recordings"}. */
    public URI recordingsUri() {
        return URI.create(origin() + SandboxEngine.listingPath());
    }

    /** The full URI of the admin listing: {@code baseUrl() + "/admin/recordings"}. */
    public URI adminRecordingsUri() {
        return URI.create(origin() + SandboxEngine.adminListingPath());
    }

    private String origin() {
        return "http://" + LOOPBACK + ":" + port();
    }

    /** The port the sandbox listens on (on 127.0.0.1). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The users, tokens and sites. */
    public SandboxAccounts accounts() {
        return engine.accounts();
    }

    /** The user with this email (any case); {@link IllegalArgumentException} if there is none. */
    public SandboxUser user(String email) {
        return engine.accounts().user(email);
    }

    /** The seed of the recording IDs, tracking IDs and random faults. */
    public long seed() {
        return engine.seed();
    }

    /** What is in the recycle bin of this host on this site now, in seeded order. */
    public List<String> recycleBin(String site, String hostEmail) {
        return engine.recycleBin(site, hostEmail);
    }

    /**
     * Every recording of this host on this site now, as the listings show it, newest first: those in the recycle
     * bin ({@link SandboxRecording.Status#DELETED}) and those restored from it ({@code AVAILABLE}). Fails for a
     * bin the sandbox does not have, as {@link #recycleBin} does.
     */
    public List<SandboxRecording> recordings(String site, String hostEmail) {
        return engine.recordings(site, hostEmail);
    }

    /**
     * The first {@code count} IDs seeded in the bin of this host on the host's preferred site (whether or not
     * they were restored since). Fails if {@code count} exceeds the recordings per host.
     */
    public List<String> seededIds(String hostEmail, int count) {
        return engine.seededIds(user(hostEmail).preferredSite(), hostEmail, count);
    }

    /** The first {@code count} IDs seeded in the bin of this host on {@code site}. */
    public List<String> seededIds(String site, String hostEmail, int count) {
        return engine.seededIds(site, hostEmail, count);
    }

    /**
     * Puts recordings with these IDs in the bin of this host on this site (a Pact provider state that names its
     * own IDs, say), until {@link #reset()}. An ID can be in one bin only.
     */
    public void addToRecycleBin(String site, String hostEmail, String... ids) {
        engine.addToRecycleBin(site, hostEmail, List.of(ids));
    }

    /** Every ID restored since start or {@link #reset()}, in the order restored. */
    public Set<String> restoredIds() {
        return engine.restoredIds();
    }

    /**
     * How many POSTs to the endpoint named this ID in {@code recordingIds}, whatever they were answered (a
     * listing names none).
     */
    public int timesRequested(String id) {
        return engine.timesRequested(id);
    }

    /** The requests received (the most recent ones, oldest first), each with the answer it got. */
    public List<RecordedRequest> requests() {
        return engine.requests();
    }

    /** The faults in force. */
    public SandboxFaults faults() {
        return engine.faults();
    }

    /** Puts other faults in force from now on, with fresh request counters and rate-limit window. */
    public void replaceFaults(SandboxFaults faults) {
        engine.replaceFaults(faults);
    }

    /**
     * Queues replies for the next requests to the endpoint or a listing, one each, before faults and before the
     * real handling: the way to produce any documented status on demand. Nothing changes in the recycle bins. On
     * a listing, a scripted 200 is an empty page, and a 405 says {@code Allow: GET}.
     */
    public void respondNext(ScriptedReply... replies) {
        engine.respondNext(List.of(replies));
    }

    /** Queues one reply with this documented status and its default body. */
    public void respondNext(int status) {
        respondNext(ScriptedReply.status(status));
    }

    /** Queues one reply with this status (423, 429 or 503) and {@code Retry-After: retryAfter}. */
    public void respondNext(int status, String retryAfter) {
        respondNext(ScriptedReply.status(status).retryAfter(retryAfter));
    }

    /** How many scripted replies are still queued. */
    public int pendingScriptedReplies() {
        return engine.pendingScriptedReplies();
    }

    /**
     * Back to the state at start: seeded bins (added IDs gone), the builder's faults with fresh counters, no
     * scripted replies, no restored IDs, counts or recorded requests. Not atomic with requests in flight.
     */
    public void reset() {
        engine.reset();
    }

    /** A description for a person: base URL, endpoints, sites, users with their tokens, a few IDs, curl lines. */
    public String describe() {
        return engine.describe(origin(), baseUrl());
    }

    /** Blocks until {@link #close()} is called (a standalone sandbox waits here). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops listening and answering; idempotent. */
    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        closed.countDown();
    }

    @Override
    public String toString() {
        return "WebexSandbox[" + baseUrl() + ", " + engine.accounts().users().size() + " users, faults: "
                + engine.faults() + "]";
    }

    /** Configures and starts a {@link WebexSandbox}; each setter checks its argument. Not thread-safe. */
    public static final class Builder {

        /** The JDK HTTP server's switch for {@code TCP_NODELAY} on accepted connections. */
        static final String NO_DELAY = "sun.net.httpserver.nodelay";
        private int port;
        private long seed = DEFAULT_SEED;
        private int recordingsPerHost = DEFAULT_RECORDINGS_PER_HOST;
        private SandboxAccounts accounts = SandboxAccounts.defaults();
        private SandboxFaults faults = SandboxFaults.none();
        private Clock clock = Clock.systemUTC();
        private int maxRecordedRequests = DEFAULT_MAX_RECORDED_REQUESTS;

        private Builder() {
        }

        /** The port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The seed of recording IDs, generated tracking IDs and random faults (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Recordings seeded in each bin, one bin per host and site (0 to 1,000,000; default 200). */
        public Builder recordingsPerHost(int count) {
            if (count < 0 || count > 1_000_000) {
                throw new IllegalArgumentException("recordingsPerHost must be 0 to 1000000, got " + count);
            }
            this.recordingsPerHost = count;
            return this;
        }

        /** The users, tokens and sites (default {@link SandboxAccounts#defaults()}). */
        public Builder accounts(SandboxAccounts accounts) {
            this.accounts = Objects.requireNonNull(accounts, "accounts");
            return this;
        }

        /** The faults in force at start and after {@link WebexSandbox#reset()} (default none). */
        public Builder faults(SandboxFaults faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        /** The clock of rate-limit windows and recorded times (default the system UTC clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How many requests {@link WebexSandbox#requests()} keeps (default 10,000; 0 keeps none). */
        public Builder maxRecordedRequests(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("maxRecordedRequests must be >= 0, got " + count);
            }
            this.maxRecordedRequests = count;
            return this;
        }

        /**
         * Seeds the bins and starts listening on 127.0.0.1; {@link UncheckedIOException} if the port is taken.
         * Unless the JVM says otherwise, it turns on {@code TCP_NODELAY} for the JDK's HTTP server (the system
         * property {@value #NO_DELAY}, read once per JVM when its first HTTP server starts): without it every
         * answer with a body (a 429, a 404) is held about 40 ms by Nagle's algorithm and delayed ACKs, as it goes
         * out in two TCP segments, headers then body.
         */
        public WebexSandbox start() {
            if (System.getProperty(NO_DELAY) == null) {
                System.setProperty(NO_DELAY, "true");
            }
            SandboxEngine engine = new SandboxEngine(accounts, seed, recordingsPerHost, faults, clock,
                    maxRecordedRequests);
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(loopback(), port), 128);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + LOOPBACK + ":" + port, e);
            }
            ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
            server.createContext("/", engine.handler());
            server.setExecutor(executor);
            server.start();
            return new WebexSandbox(server, executor, engine);
        }

        private static InetAddress loopback() {
            try {
                return InetAddress.getByName(LOOPBACK);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("a literal address needs no lookup", e);
            }
        }

        // the sandbox's own daemon threads: it shares no code with the client (SandboxIndependenceTest)
        private static ThreadFactory daemonThreads() {
            AtomicInteger counter = new AtomicInteger();
            return runnable -> {
                Thread thread = new Thread(runnable, "webex-sandbox-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
