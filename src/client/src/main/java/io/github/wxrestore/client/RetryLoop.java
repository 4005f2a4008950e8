package io.github.wxrestore.client;

import io.github.wxrestore.client.internal.AccessTokens;
import io.github.wxrestore.client.internal.ExchangeResult;
import io.github.wxrestore.client.internal.Redactor;
import io.github.wxrestore.client.internal.RestoreExchange;
import io.github.wxrestore.client.internal.TrackingIds;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs one restore call: attempt, classify, ask the policy, wait, again, within the policy's attempts and the
 * call timeout, logging one line per attempt. Thread-safe: every piece of per-call state is local.
 */
final class RetryLoop {

    // one logger name for the whole client, so a user configures one line
    private static final Logger LOG = LoggerFactory.getLogger(WebexRecordingsClient.class);
    /** The longest server-chosen value (a tracking ID) a log line quotes. */
    private static final int MAX_LOGGED_SERVER_CHARS = 200;

    private final RestoreExchange exchange;
    private final AccessTokens tokens;
    private final TrackingIds trackingIds;
    private final RetryPolicy policy;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final String path;

    RetryLoop(RestoreExchange exchange, AccessTokens tokens, TrackingIds trackingIds, RetryPolicy policy,
              Duration attemptTimeout, Duration callTimeout, Clock clock, Sleeper sleeper, String path) {
        this.exchange = exchange;
        this.tokens = tokens;
        this.trackingIds = trackingIds;
        this.policy = policy;
        this.attemptTimeout = attemptTimeout;
        this.callTimeout = callTimeout;
        this.clock = clock;
        this.sleeper = sleeper;
        this.path = path;
    }

    /**
     * Sends {@code body} (already validated and copied) until it succeeds or the budget is spent.
     *
     * @param started   when the call began; the call timeout counts from here
     * @param abandoned true once the caller no longer wants the result (a cancelled future): no further attempt
     */
    RestoreResult run(RestoreRecordingsRequest body, String hostEmail, Instant started, BooleanSupplier abandoned) {
        Instant deadline = started.plus(callTimeout);
        WebexClientException last = null;
        for (int attempt = 1; ; attempt++) {
            String lastTrackingId = last == null ? null : last.requestTrackingId();
            Duration left = Duration.between(clock.instant(), deadline);
            boolean timeLeft = !left.isNegative() && !left.isZero();
            if (last != null && (!timeLeft || abandoned.getAsBoolean())) {
                throw last; // a wait overran the deadline, or nobody is waiting for the answer any more
            }
            if (!timeLeft) {
                throw Failures.callTimeoutBeforeAttempt(callTimeout, lastTrackingId, attempt - 1);
            }
            String token;
            try {
                token = tokens.next();
            } catch (IllegalStateException e) {
                WebexClientException failure = Failures.tokenUnavailable(e, lastTrackingId, attempt - 1);
                if (last != null) {
                    failure.addSuppressed(last); // what the previous attempt got, for the record
                }
                throw failure;
            }
            String trackingId = trackingIds.next();
            boolean callBound = left.compareTo(attemptTimeout) < 0;
            long startNanos = System.nanoTime();
            ExchangeResult result = exchange.send(body, hostEmail, trackingId, token,
                    callBound ? left : attemptTimeout);
            long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;

            if (result instanceof ExchangeResult.Received r && r.status() / 100 == 2) {
                RestoreResult success = new RestoreResult(r.status(), trackingId, Redactor.of(token).apply(r.headers()),
                        attempt);
                LOG.debug("Webex restore attempt {}: POST {} -> {} in {} ms, TrackingID {}, server trackingId {}, {}",
                        attempt, path, r.status(), elapsedMillis, trackingId,
                        success.serverTrackingId().map(RetryLoop::forLog).orElse("-"), "success");
                return success;
            }
            WebexClientException failure = classify(result, token, trackingId, attempt, callBound);
            Optional<Duration> wait = policy.delayBeforeRetry(attempt, failure);
            String giveUp = reasonToStop(attempt, wait, deadline, abandoned);
            LOG.info("Webex restore attempt {}: POST {} -> {} in {} ms, TrackingID {}, server trackingId {}, {}",
                    attempt, path, outcome(failure), elapsedMillis, trackingId, serverTrackingId(failure),
                    giveUp == null ? "retry in " + HumanText.duration(wait.get()) : "give up: " + giveUp);
            if (giveUp != null) {
                throw failure;
            }
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.addSuppressed(e);
                throw failure;
            }
            last = failure;
        }
    }

    // null to wait and try again; otherwise why the call ends with this attempt's failure
    private String reasonToStop(int attempt, Optional<Duration> wait, Instant deadline, BooleanSupplier abandoned) {
        if (wait.isEmpty()) {
            return attempt >= policy.maxAttempts() ? "no attempts left" : "not retryable";
        }
        if (Thread.currentThread().isInterrupted()) {
            return "interrupted";
        }
        if (abandoned.getAsBoolean()) {
            return "abandoned by the caller";
        }
        if (!clock.instant().plus(wait.get()).isBefore(deadline)) {
            return "waiting " + HumanText.duration(wait.get()) + " would leave no time before the call timeout";
        }
        return null;
    }

    private WebexClientException classify(ExchangeResult result, String token, String trackingId, int attempt,
                                          boolean callBound) {
        if (result instanceof ExchangeResult.Received received) {
            return Failures.fromStatus(received, Redactor.of(token), trackingId, attempt, clock.instant());
        }
        if (result instanceof ExchangeResult.Failed failed) {
            return Failures.fromTransport(failed, trackingId, attempt, callBound);
        }
        return Failures.notSent((ExchangeResult.NotSent) result, trackingId, attempt);
    }

    private static String outcome(WebexClientException failure) {
        if (failure instanceof WebexApiException api) {
            return String.valueOf(api.status());
        }
        if (failure instanceof WebexTransportException transport) {
            Throwable cause = transport.getCause();
            return transport.isTimeout() ? "timeout"
                    : "I/O failure (" + (cause == null ? "?" : cause.getClass().getSimpleName()) + ")";
        }
        return "not sent";
    }

    private static String serverTrackingId(WebexClientException failure) {
        return failure instanceof WebexApiException api ? api.serverTrackingId().map(RetryLoop::forLog).orElse("-")
                : "-";
    }

    // a value the server chose, on one line: a line break in it would let the server forge log lines
    private static String forLog(String serverValue) {
        return HumanText.oneLine(serverValue, MAX_LOGGED_SERVER_CHARS);
    }
}
