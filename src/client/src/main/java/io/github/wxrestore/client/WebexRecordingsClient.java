package io.github.wxrestore.client;

import io.github.wxrestore.client.internal.AccessTokens;
import io.github.wxrestore.client.internal.BaseUrl;
import io.github.wxrestore.client.internal.CallRunner;
import io.github.wxrestore.client.internal.HeaderValues;
import io.github.wxrestore.client.internal.LibraryVersion;
import io.github.wxrestore.client.internal.PageExchange;
import io.github.wxrestore.client.internal.RecordingPager;
import io.github.wxrestore.client.internal.RestoreExchange;
import io.github.wxrestore.client.internal.RetryStrategy;
import io.github.wxrestore.client.internal.TrackingIds;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.validation.InvalidRecordingQueryException;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.RecordingQueryValidation;
import io.github.wxrestore.validation.RestoreRequestValidation;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Calls Webex "Restore Recordings from Recycle Bin" ({@code POST /recordings/restore}) safely, and lists what
 * there is to restore ({@link #listRecordings}: {@code GET /recordings}, {@code GET /admin/recordings}): the
 * request is validated before anything is sent, every attempt carries a unique {@code TrackingID} and is bounded
 * in time and in how much of the response it reads, throttling is retried as the server asks ({@link RetryPolicy}),
 * and every outcome is typed ({@link RestoreResult} or a {@link WebexClientException} subclass). The access
 * token never appears in logs, messages or {@code toString()}; redirects are never followed.
 *
 * <p><b>One retry strategy per client.</b> Every call retries under the client's {@link RetryPolicy}, and all
 * calls share one pacing gate: when Webex asks one call to wait ({@code Retry-After}, or a 429/503 backoff), no
 * call of this client starts an attempt before that wait ends. Share one client between threads (and bulk runs)
 * so that they back off together. An {@link AttemptListener} hears every attempt, wait and decision.
 *
 * <pre>{@code
 * try (WebexRecordingsClient client = WebexRecordingsClient.builder().accessToken(token).build()) {
 *     RestoreResult result = client.restore(new RestoreRecordingsRequest().recordingIds(ids));
 * }
 * }</pre>
 *
 * <p>Thread-safe and immutable: build one and share it. It owns a thread pool for {@link #restoreAsync} when no
 * executor is given (daemon threads that end when idle); {@link #close()} shuts that pool down, after which
 * calls are refused. Closing is optional for clients that only call {@link #restore}.
 */
public final class WebexRecordingsClient implements AutoCloseable {

    /** The commercial Webex API; Webex for Government uses {@code https://api-usgov.webex.com/v1}. */
    public static final String DEFAULT_BASE_URL = "https://webexapis.com/v1";

    private static final String RESTORE_PATH = "/recordings/restore";

    private final String baseUrl;
    private final AccessTokens tokens;
    private final Duration connectTimeout;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final RetryPolicy retryPolicy;
    private final AttemptListener attemptListener;
    private final String userAgent;
    private final TrackingIds trackingIds;
    private final Clock clock;
    private final HttpClient httpClient;
    private final Executor asyncExecutor;
    private final ExecutorService ownedExecutor;
    private final RestoreExchange exchange;
    private final PageExchange pages;
    private final CallRunner runner;
    private final AtomicBoolean closed = new AtomicBoolean();

    private WebexRecordingsClient(Builder b, String baseUrl, AccessTokens tokens, TrackingIds trackingIds) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.connectTimeout = b.connectTimeout;
        this.attemptTimeout = b.attemptTimeout;
        this.callTimeout = b.callTimeout;
        this.retryPolicy = b.retryPolicy;
        this.attemptListener = b.attemptListener;
        this.userAgent = b.userAgent;
        this.trackingIds = trackingIds;
        this.clock = b.clock;
        HttpClient.Builder http = b.httpClientBuilder != null ? b.httpClientBuilder : HttpClient.newBuilder();
        // never follow a redirect: the Authorization header must not travel to another host
        this.httpClient = http.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
        // never the HttpClient's own executor: a call blocks its thread while the HttpClient needs that executor
        // to complete the response, so a small pool would starve itself until the attempt timeout
        if (b.executor != null) {
            this.asyncExecutor = b.executor;
            this.ownedExecutor = null;
        } else {
            this.ownedExecutor = Executors.newCachedThreadPool(new DaemonThreads());
            this.asyncExecutor = ownedExecutor;
        }
        this.exchange = new RestoreExchange(httpClient, baseUrl, userAgent);
        this.pages = new PageExchange(httpClient, baseUrl, userAgent);
        // one runner for every call of this client: one retry strategy, one pacing gate
        this.runner = new CallRunner(new CallRunner.Settings(tokens, trackingIds, new RetryStrategy(retryPolicy),
                attemptTimeout, callTimeout, clock, b.sleeper, attemptListener));
    }

    /**
     * The URL a client built with this base URL sends the restore call to: the base URL without its trailing
     * slash, then {@code /recordings/restore} ({@code https://webexapis.com/v1/recordings/restore} for
     * {@link #DEFAULT_BASE_URL}). Does not check the base URL; {@link Builder#build()} does.
     */
    public static String restoreUrl(String baseUrl) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + RESTORE_PATH;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@link #restore(RestoreRecordingsRequest, String)} for the caller's own recordings (no {@code hostEmail}). */
    public RestoreResult restore(RestoreRecordingsRequest body) {
        return restore(body, null);
    }

    /**
     * Restores recordings, retrying as the {@link RetryPolicy} allows within the call timeout.
     *
     * @param body      which recordings; copied first, so later changes to it do not affect this call
     * @param hostEmail the host whose recordings these are (needs an admin scope), or null for the caller's own
     * @return the result of the successful attempt
     * @throws InvalidRestoreRequestException when the call breaks a documented rule; nothing was sent
     * @throws WebexApiException              (a subclass per {@link FailureCategory}) when Webex answered with an
     *                                        error status
     * @throws WebexTransportException        when no complete response arrived in time or the connection failed
     * @throws WebexClientException           for anything else, such as an access-token supplier that failed
     * @throws IllegalStateException          when this client is closed
     */
    public RestoreResult restore(RestoreRecordingsRequest body, String hostEmail) {
        return restore(body, hostEmail, RequestOptions.defaults());
    }

    /**
     * {@link #restore(RestoreRecordingsRequest, String)} with options for this call only: a listener that hears
     * just this call, a condition that abandons it, a step to run right before it is first sent.
     */
    public RestoreResult restore(RestoreRecordingsRequest body, String hostEmail, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        RestoreRecordingsRequest checked = checkedCopy(body, hostEmail);
        return runner.run(exchange.call(checked, hostEmail), clock.instant(), options, () -> false);
    }

    /** {@link #restoreAsync(RestoreRecordingsRequest, String)} without {@code hostEmail}. */
    public CompletableFuture<RestoreResult> restoreAsync(RestoreRecordingsRequest body) {
        return restoreAsync(body, null);
    }

    /**
     * {@link #restore(RestoreRecordingsRequest, String)} on the client's executor (the one given to the builder,
     * else the client's own daemon pool), with the same retries, waits and call timeout
     * (counted from this call). Validation runs here, on the calling thread: an invalid call <b>throws</b>
     * {@link InvalidRestoreRequestException} immediately and no future is created, like an illegal argument to
     * {@code HttpClient.sendAsync}. Every later failure completes the future exceptionally with the same
     * exceptions as {@code restore}. Cancelling the future stops further attempts; one already in flight ends
     * within its attempt timeout.
     *
     * @throws InvalidRestoreRequestException when the call breaks a documented rule; nothing was sent
     * @throws IllegalStateException          when this client is closed
     */
    public CompletableFuture<RestoreResult> restoreAsync(RestoreRecordingsRequest body, String hostEmail) {
        return restoreAsync(body, hostEmail, RequestOptions.defaults());
    }

    /** {@link #restoreAsync(RestoreRecordingsRequest, String)} with options for this call only. */
    public CompletableFuture<RestoreResult> restoreAsync(RestoreRecordingsRequest body, String hostEmail,
                                                         RequestOptions options) {
        Objects.requireNonNull(options, "options");
        RestoreRecordingsRequest checked = checkedCopy(body, hostEmail);
        Instant started = clock.instant();
        CompletableFuture<RestoreResult> future = new CompletableFuture<>();
        try {
            asyncExecutor.execute(() -> {
                if (future.isDone()) {
                    return; // cancelled before it started
                }
                try {
                    future.complete(runner.run(exchange.call(checked, hostEmail), started, options,
                            future::isDone));
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new WebexClientException("Restore call not started: the executor refused "
                    + "it (" + e.getMessage() + ")", e, null, 0, false));
        }
        return future;
    }

    /** {@link #listRecordings(RecordingQuery, RequestOptions)} with no options of its own. */
    public Stream<ListedRecording> listRecordings(RecordingQuery query) {
        return listRecordings(query, RequestOptions.defaults());
    }

    /**
     * Lists every recording the query finds, over all its pages, lazily: a page is fetched only when the stream
     * needs its first recording, and only one page is held at a time, so a caller that stops early (say
     * {@code findFirst()}, {@code limit(10)}) sends no more calls than it read pages. The stream is sequential and
     * single-use; its operations throw the failures below, with every recording of the pages before delivered.
     *
     * <p><b>Without {@code from} and {@code to}, Webex lists only the recordings made in the last 7 days</b>
     * ({@code createTime}, not the time they were deleted): see {@link RecordingQuery} before listing a recycle
     * bin. A range longer than one call of the listing may cover ({@link RecordingQuery.Listing#maxInterval()},
     * the admin listing's 30 days) is listed as consecutive windows of at most that length, newest first as Webex
     * sorts, each to its last page.
     *
     * <p>Each page is one call, exactly like a restore: validated first (here, once, for the whole listing),
     * its own TrackingID per attempt, this client's retry policy and pacing gate (a page told to wait holds back
     * the restore calls of this client, and the other way round), its call timeout, the options' listener, abandon
     * condition and step before sending (run before each page), the listeners' {@link AttemptListener#pageFetched}
     * for each page. A page is a GET, which
     * changes nothing, so a failed one is tried again whatever the policy says of server errors (see
     * {@link RetryPolicy}), and no failure of a listing {@link WebexClientException#mayHaveBeenApplied()}. The first
     * page of a window is built from the query; every next page is the {@code Link} header's {@code rel="next"}
     * target, requested exactly as given, and only when it has the base URL's origin. A page body is read up to
     * 1 MiB (room for 100 large recordings).
     *
     * @param query   what to list; checked before anything is sent
     * @param options for every page call of this listing
     * @return the recordings, newest first within each window
     * @throws InvalidRecordingQueryException (at once) when the query breaks a documented rule; nothing was sent
     * @throws IllegalStateException          (at once, or when the stream needs a page) when this client is closed
     * @throws PagingException                (from the stream) when a next link goes to another origin or back to a
     *                                        page already fetched, or a page cannot be read; nothing more was sent
     * @throws WebexApiException              (from the stream) when Webex answered a page with an error status: the
     *                                        same types and categories as a restore
     * @throws WebexTransportException        (from the stream) when no complete response arrived in time
     * @throws WebexClientException           (from the stream) for anything else, such as a failed token supplier
     */
    public Stream<ListedRecording> listRecordings(RecordingQuery query, RequestOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        requireOpen();
        RecordingQueryValidation.requireValid(query);
        return StreamSupport.stream(new RecordingPager(query, pages, baseUrl, runner, clock, options,
                this::requireOpen), false);
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this WebexRecordingsClient is closed");
        }
    }

    private RestoreRecordingsRequest checkedCopy(RestoreRecordingsRequest body, String hostEmail) {
        requireOpen();
        // validate exactly what will be sent: a private copy the caller cannot change halfway through
        RestoreRecordingsRequest copy = exchange.copyOf(body);
        RestoreRequestValidation.requireValid(copy, hostEmail);
        return copy;
    }

    /**
     * Shuts down the client's own async pool (calls in flight finish) and refuses new calls. Idempotent. An
     * executor or {@code HttpClient.Builder} given to the builder belongs to the caller and is left alone.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * The clock of this client's timeouts, waits and {@code Retry-After} dates (the builder's, for tests); a bulk
     * run reads its journal times and durations from it too, so that one clock rules a whole run.
     */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "WebexRecordingsClient{baseUrl=" + baseUrl + ", accessToken=" + tokens + ", connectTimeout="
                + connectTimeout + ", attemptTimeout=" + attemptTimeout + ", callTimeout=" + callTimeout
                + ", retryPolicy=" + retryPolicy + ", userAgent=" + userAgent + ", trackingIdPrefix="
                + trackingIds.prefix() + (closed.get() ? ", closed" : "") + "}";
    }

    /**
     * Configures a {@link WebexRecordingsClient}; {@link #build()} checks every setting and names the one that
     * is wrong (never showing the token). Not thread-safe.
     */
    public static final class Builder {

        private static final int MAX_USER_AGENT_CHARS = 512;

        private String baseUrl = DEFAULT_BASE_URL;
        private String accessToken;
        private Supplier<String> accessTokenSupplier;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration attemptTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofMinutes(2);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private AttemptListener attemptListener = AttemptListener.NONE;
        private String userAgent = defaultUserAgent();
        private String trackingIdPrefix = TrackingIds.DEFAULT_PREFIX;
        private HttpClient.Builder httpClientBuilder;
        private Executor executor;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /**
         * Default {@value WebexRecordingsClient#DEFAULT_BASE_URL}; https, or http for a loopback host only.
         *
         * @throws IllegalArgumentException at once, naming the rule, when the URL is not one the client will call
         */
        public Builder baseUrl(String baseUrl) {
            BaseUrl.require(Objects.requireNonNull(baseUrl, "baseUrl"));
            this.baseUrl = baseUrl;
            return this;
        }

        /** A fixed access token (without "Bearer "). Replaces a supplier set before. */
        public Builder accessToken(String accessToken) {
            this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
            this.accessTokenSupplier = null;
            return this;
        }

        /**
         * Where to get the access token, called once per attempt so a refreshed token is used on a retry; must be
         * thread-safe. Each value is checked before use. Replaces a fixed token set before.
         */
        public Builder accessToken(Supplier<String> accessTokenSupplier) {
            this.accessTokenSupplier = Objects.requireNonNull(accessTokenSupplier, "accessToken supplier");
            this.accessToken = null;
            return this;
        }

        /** Time to open a connection. Default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Time for one attempt from sending to the last byte of the response, so it also bounds a body that
         * trickles in. Default 30 s.
         */
        public Builder attemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = Objects.requireNonNull(attemptTimeout, "attemptTimeout");
            return this;
        }

        /**
         * Time for the whole call, every attempt and wait included; the client never starts a wait that would
         * end after it, and gives up with the last error. Default 2 min.
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
            return this;
        }

        /**
         * How every call of this client is retried, all of them sharing one pacing gate. Default
         * {@link RetryPolicy#defaults()}.
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Hears every attempt of every call (after the client's own log); must be thread-safe and should not
         * throw. Default none. {@link RequestOptions} add a listener for one call.
         */
        public Builder attemptListener(AttemptListener attemptListener) {
            this.attemptListener = Objects.requireNonNull(attemptListener, "attemptListener");
            return this;
        }

        /**
         * The {@code User-Agent} header: printable ASCII, spaces allowed. Default
         * {@code webex-recordings-restore (Java/<feature version>)}.
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /**
         * The start of every {@code TrackingID}, followed by a random UUID; printable ASCII without spaces, at
         * most 200 characters. Default {@code WXRESTORE_}.
         */
        public Builder trackingIdPrefix(String trackingIdPrefix) {
            this.trackingIdPrefix = Objects.requireNonNull(trackingIdPrefix, "trackingIdPrefix");
            return this;
        }

        /**
         * The HttpClient to build on (a proxy, an SSLContext with your own trust store, an executor...). The
         * client sets its connect timeout and {@code Redirect.NEVER} on it, then builds it once.
         */
        public Builder httpClientBuilder(HttpClient.Builder httpClientBuilder) {
            this.httpClientBuilder = Objects.requireNonNull(httpClientBuilder, "httpClientBuilder");
            return this;
        }

        /**
         * Runs {@link #restoreAsync} calls; each blocks a thread for its attempts and waits. The caller keeps
         * ownership (close() leaves it alone). Do not pass the executor of the {@link #httpClientBuilder}: the
         * HttpClient needs its threads to complete the responses these calls wait for. Default: the client's own
         * daemon pool.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** The clock for the call timeout and for {@code Retry-After} dates. Default UTC system clock; for tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How the client waits between attempts. Default: sleep the thread; for tests. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Checks every setting and builds the client.
         *
         * @throws IllegalArgumentException naming the setting and the rule it breaks (never showing the token)
         */
        public WebexRecordingsClient build() {
            String url = BaseUrl.require(baseUrl);
            if (accessToken == null && accessTokenSupplier == null) {
                throw new IllegalArgumentException("accessToken is required: a token, or a supplier of tokens");
            }
            AccessTokens tokens = accessToken != null ? AccessTokens.fixed(accessToken)
                    : AccessTokens.supplied(accessTokenSupplier);
            requirePositive("connectTimeout", connectTimeout);
            requirePositive("attemptTimeout", attemptTimeout);
            requirePositive("callTimeout", callTimeout);
            HeaderValues.requirePrintable("userAgent", userAgent, true, MAX_USER_AGENT_CHARS);
            return new WebexRecordingsClient(this, url, tokens, new TrackingIds(trackingIdPrefix));
        }

        private static void requirePositive(String name, Duration value) {
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
        }

        private static String defaultUserAgent() {
            return "webex-recordings-restore/" + LibraryVersion.get() + " (Java/" + Runtime.version().feature() + ")";
        }

        @Override
        public String toString() {
            return "WebexRecordingsClient.Builder{baseUrl=" + baseUrl + ", accessToken="
                    + (accessToken != null ? "[REDACTED]" : accessTokenSupplier != null ? "[REDACTED, from a supplier]"
                    : "(not set)") + ", connectTimeout=" + connectTimeout + ", attemptTimeout=" + attemptTimeout
                    + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy + ", userAgent=" + userAgent
                    + ", trackingIdPrefix=" + trackingIdPrefix + "}";
        }
    }

    // daemon threads: a client nobody closes never keeps the JVM alive; the cached pool lets idle ones end. The
    // library's one thread factory: a bulk run's workers come from the JDK's, as the run always waits for them
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "webex-restore-async-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
