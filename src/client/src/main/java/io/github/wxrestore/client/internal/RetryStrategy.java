package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.FailureCategory;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.RetryReason;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexClientException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The client's one retry strategy, in the AWS SDK v2 manner: {@link #acquire} before every attempt (the wait the
 * shared pacing gate asks for), {@link #refresh} after a failed one (the policy's decision, and the gate closed
 * for every call when the server asked for the wait or throttled). One per client, shared by all its calls.
 * Thread-safe.
 */
public final class RetryStrategy {

    /** A retry: its delay, and where it comes from (which says whether every call of the client waits too). */
    public record Retry(Duration delay, RetryReason reason) {
    }

    private final RetryPolicy policy;
    private final PacingGate gate = new PacingGate();

    public RetryStrategy(RetryPolicy policy) {
        this.policy = policy;
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * When the next attempt may start: at once (an instant not after now) unless a call closed the gate. A caller
     * that has waited until an instant this returned goes on, even if its sleeper woke early; it waits again only
     * when another call has moved the instant later meanwhile.
     */
    public Instant acquire() {
        return gate.openAt();
    }

    /**
     * The retry after attempt {@code attemptsMade} failed with {@code failure} at {@code now}, or empty to give
     * up. A {@code Retry-After} closes the gate for every call until it ends (clamped to the policy's
     * {@code maxWait}), even when this call gives up: the server said when it will take calls again. So does the
     * backoff after a throttling answer without one (429, 503): the limit is the account's, not the call's. A
     * backoff after a server error or an I/O failure delays only its own call.
     */
    public Optional<Retry> refresh(int attemptsMade, WebexClientException failure, Instant now) {
        Optional<Duration> serverAsked = failure instanceof WebexApiException api
                ? api.retryAfter().map(w -> w.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : w)
                : Optional.empty();
        serverAsked.ifPresent(w -> gate.closeUntil(now.plus(w)));
        Optional<Duration> wait = policy.delayBeforeRetry(attemptsMade, failure);
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        RetryReason reason = serverAsked.isPresent() ? RetryReason.RETRY_AFTER
                : failure.category() == FailureCategory.THROTTLED ? RetryReason.THROTTLED : RetryReason.BACKOFF;
        if (reason.pacesEveryCall()) {
            gate.closeUntil(now.plus(wait.get()));
        }
        return Optional.of(new Retry(wait.get(), reason));
    }
}
