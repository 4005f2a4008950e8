package io.github.wxrestore.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a failed attempt is tried again, and after how long. The whole decision is
 * {@link #delayBeforeRetry(int, WebexClientException)}, rules in the order the code applies them (its comments
 * carry the same numbers):
 * <ol>
 *   <li>never more than {@code maxAttempts} attempts in all: the attempt that just failed may have been the last
 *       one allowed;</li>
 *   <li>no complete response (an I/O failure or a timeout, {@link WebexTransportException}): <b>not retried
 *       unless {@link Builder#retryServerErrors} is set</b>, because the request may have reached Webex; when it
 *       is set, after a backoff. A failure of a call that changes nothing (a listing's page: a GET, whose
 *       failures never {@linkplain WebexClientException#mayHaveBeenApplied() may have been applied}) is retried
 *       after a backoff either way;</li>
 *   <li>a failure on this side with no HTTP answer (any other {@link WebexClientException} that is not a
 *       {@link WebexApiException}, such as an access-token supplier that threw): never retried, trying again
 *       cannot help;</li>
 *   <li>429 Too Many Requests and 503 Service Unavailable: Webex did nothing, so always retried, after the
 *       {@code Retry-After} wait (delta-seconds or HTTP-date) or, when it is absent or unreadable, a backoff;</li>
 *   <li>423 Locked: retried only when the response carries {@code Retry-After} (an unreadable value means a
 *       backoff);</li>
 *   <li>500, 502, 504: <b>not retried unless {@link Builder#retryServerErrors} is set</b>, because the restore
 *       may already have happened on the Webex side before the failure; when it is set, after the
 *       {@code Retry-After} wait or a backoff, as in rule 4. A restore is repeatable (restoring a restored
 *       recording changes nothing, or fails with a 4xx), so opting in is reasonable for most callers, but it
 *       is their call. A listing's page, which cannot have been applied, is retried either way;</li>
 *   <li>anything else (other 4xx, undocumented statuses) fails the same way again: not retried.</li>
 * </ol>
 * Every wait is at most {@code maxWait} (a huge {@code Retry-After} is clamped to it). The backoff is
 * exponential ({@code baseDelay}, doubled per attempt, capped at {@code maxBackoff}) with full or equal jitter.
 *
 * <p>A {@link WebexRecordingsClient} turns its policy into its one retry strategy, shared by all its calls. On
 * top of the rules above it keeps a <b>pacing gate</b>: a {@code Retry-After} seen by any call (even one that
 * then gives up), and the backoff after a 429 or 503 without one, hold back every call of the client until the
 * wait ends, since the rate limit is the account's. A backoff after a 5xx or an I/O failure delays its own call
 * only. The client also stops before a wait (its own, or at the gate) that would end after its call timeout,
 * and gives up with the last error. Immutable and thread-safe (when the random source is).
 */
public final class RetryPolicy {

    /** How randomness spreads the backoff, so that many clients do not retry in step. */
    public enum Jitter {
        /** Exactly the exponential backoff. */
        NONE,
        /** A uniformly random wait between zero and the backoff (the default). */
        FULL,
        /** Half the backoff plus a uniformly random part of the other half. */
        EQUAL
    }

    private static final String RETRY_AFTER = "Retry-After";
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxBackoff;
    private final Duration maxWait;
    private final Jitter jitter;
    private final boolean retryServerErrors;
    private final DoubleSupplier random;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxBackoff = b.maxBackoff;
        this.maxWait = b.maxWait;
        this.jitter = b.jitter;
        this.retryServerErrors = b.retryServerErrors;
        this.random = b.random;
    }

    /**
     * 4 attempts, backoff from 1 s doubling up to 30 s with full jitter, waits at most 60 s, no retry of
     * 500/502/504 or I/O failures.
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, never retried (the pacing gate still holds a call back while another was asked to wait). */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's settings. */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxBackoff(maxBackoff).maxWait(maxWait)
                .jitter(jitter).retryServerErrors(retryServerErrors).randomSource(random);
    }

    /**
     * The wait before the next attempt, or empty to give up.
     *
     * @param attemptsMade attempts made so far, counting the one that just failed (1 after the first)
     * @param failure      how that attempt failed
     */
    public Optional<Duration> delayBeforeRetry(int attemptsMade, WebexClientException failure) {
        // 1. The budget: the attempt that just failed may have been the last one allowed.
        if (attemptsMade >= maxAttempts || !retries(failure)) {
            return Optional.empty();
        }
        return Optional.of(failure instanceof WebexApiException api ? serverHintOrBackoff(api, attemptsMade)
                : backoff(attemptsMade));
    }

    /**
     * True when this policy tries {@code failure} again while attempts are left: rules 2 to 7 of the class
     * comment, without the budget of rule 1.
     */
    public boolean retries(WebexClientException failure) {
        // 2. No complete response: the request may have reached Webex, so only when the caller opted in, or when
        // the call changes nothing (a GET: sending it again is safe).
        if (failure instanceof WebexTransportException) {
            return retryServerErrors || !failure.mayHaveBeenApplied();
        }
        // 3. A failure on this side (a token supplier that threw, say): trying again cannot help.
        if (!(failure instanceof WebexApiException api)) {
            return false;
        }
        return switch (api.status()) {
            // 4. Rate limited or overloaded: nothing was done; wait as long as Webex asks.
            case 429, 503 -> true;
            // 5. Locked: retry only when Webex says when (even if what it says is unreadable).
            case 423 -> api.headers().firstValue(RETRY_AFTER).isPresent();
            // 6. The restore may have happened before the failure: only when the caller opted in, or when the
            // call changes nothing (a GET).
            case 500, 502, 504 -> retryServerErrors || !api.mayHaveBeenApplied();
            // 7. Everything else fails the same way again.
            default -> false;
        };
    }

    private Duration serverHintOrBackoff(WebexApiException api, int attemptsMade) {
        return api.retryAfter().map(this::clamp).orElseGet(() -> backoff(attemptsMade));
    }

    /** {@code baseDelay * 2^(attemptsMade-1)}, capped at {@code maxBackoff}, then jittered and clamped. */
    Duration backoff(int attemptsMade) {
        int doublings = Math.min(attemptsMade - 1, 40); // 2^40 times any base delay is past every cap
        long capMillis = maxBackoff.toMillis();
        long exponential = baseDelay.toMillis() > capMillis >> doublings ? capMillis
                : baseDelay.toMillis() << doublings;
        long millis = Math.min(exponential, capMillis);
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        long jittered = switch (jitter) {
            case NONE -> millis;
            case FULL -> (long) (millis * r);
            case EQUAL -> millis / 2 + (long) ((millis - millis / 2) * r);
        };
        return clamp(Duration.ofMillis(jittered));
    }

    private Duration clamp(Duration wait) {
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseDelay() {
        return baseDelay;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Duration maxWait() {
        return maxWait;
    }

    public Jitter jitter() {
        return jitter;
    }

    /** True when 500, 502, 504 and I/O failures are retried (see the class comment for why it is opt-in). */
    public boolean retriesServerErrors() {
        return retryServerErrors;
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxBackoff=" + maxBackoff
                + ", maxWait=" + maxWait + ", jitter=" + jitter + ", retryServerErrors=" + retryServerErrors + "}";
    }

    /** Builds a {@link RetryPolicy}; {@link #build()} checks the settings. Not thread-safe. */
    public static final class Builder {

        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxWait = Duration.ofSeconds(60);
        private Jitter jitter = Jitter.FULL;
        private boolean retryServerErrors;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /** Attempts in all, counting the first: 1 (no retry) to 100. Default 4. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The first backoff, doubled per attempt. Default 1 s. */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = Objects.requireNonNull(baseDelay, "baseDelay");
            return this;
        }

        /** The largest backoff, before jitter. Default 30 s. */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
            return this;
        }

        /** The largest single wait, {@code Retry-After} included. Default 60 s. */
        public Builder maxWait(Duration maxWait) {
            this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
            return this;
        }

        /** Default {@link Jitter#FULL}. */
        public Builder jitter(Jitter jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        /**
         * Also retry 500, 502 and 504 responses and I/O failures or timeouts. Off by default: the restore may
         * already have happened when such a failure is seen.
         */
        public Builder retryServerErrors(boolean retryServerErrors) {
            this.retryServerErrors = retryServerErrors;
            return this;
        }

        /** Where jitter comes from: values in [0, 1); must be thread-safe. Default: {@link ThreadLocalRandom}. */
        public Builder randomSource(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "randomSource");
            return this;
        }

        public RetryPolicy build() {
            if (maxAttempts < 1 || maxAttempts > 100) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 100, was " + maxAttempts);
            }
            requireNotNegative("baseDelay", baseDelay);
            requireNotNegative("maxBackoff", maxBackoff);
            requireNotNegative("maxWait", maxWait);
            if (maxBackoff.compareTo(baseDelay) < 0) {
                throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be less than baseDelay ("
                        + baseDelay + ")");
            }
            return new RetryPolicy(this);
        }

        private static void requireNotNegative(String name, Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
        }

        @Override
        public String toString() {
            return "RetryPolicy.Builder{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxBackoff="
                    + maxBackoff + ", maxWait=" + maxWait + ", jitter=" + jitter + ", retryServerErrors="
                    + retryServerErrors + "}";
        }
    }
}
