package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.Attempt;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.GiveUpReason;
import io.github.wxrestore.client.RequestOptions;
import io.github.wxrestore.client.Sleeper;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexClientException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs one call to its end, whatever the call is (a restore, one page of a listing: an {@link Exchange}):
 * acquire (the pacing gate), attempt, classify, refresh (the retry strategy), wait, again, within the policy's
 * attempts and the call timeout, telling the listeners each step. The only retry loop of the library: every
 * call of a client runs here, so all of them share its strategy, its pacing gate, its token, its TrackingIDs and
 * its listener. Thread-safe: every piece of per-call state is local; the strategy is shared.
 */
public final class CallRunner {

    /** What a runner needs from its client; the same for every call. */
    public record Settings(AccessTokens tokens, TrackingIds trackingIds, RetryStrategy strategy,
                           Duration attemptTimeout, Duration callTimeout, Clock clock, Sleeper sleeper,
                           AttemptListener clientListener) {
    }

    private final Settings s;
    private final AtomicLong callIds = new AtomicLong();

    public CallRunner(Settings settings) {
        this.s = settings;
    }

    /**
     * Sends the call's attempts (its request already validated and copied) until one succeeds or the budget is
     * spent.
     *
     * @param started   when the call began; the call timeout counts from here
     * @param cancelled true once the caller no longer wants the result (a cancelled future): nothing more is sent
     * @return what the successful attempt's answer comes to
     */
    public <T> T run(Exchange<T> exchange, Instant started, RequestOptions options, BooleanSupplier cancelled) {
        Operation operation = exchange.operation();
        Call call = new Call(operation, callIds.incrementAndGet(), started.plus(s.callTimeout()),
                new AttemptListeners(List.of(new AttemptLog(operation), s.clientListener(), options.listener())),
                () -> cancelled.getAsBoolean() || options.abandonWhen().getAsBoolean());
        for (int attempt = 1; ; attempt++) {
            acquire(call, attempt);
            String token = token(call, attempt);
            if (call.abandoned.getAsBoolean()) {
                throw giveUp(call, GiveUpReason.ABANDONED); // while the token supplier ran
            }
            if (attempt == 1) {
                options.beforeSending().run(); // its exception ends the call with nothing sent
            }
            Duration left = Duration.between(s.clock().instant(), call.deadline);
            if (left.isNegative() || left.isZero()) {
                throw giveUp(call, GiveUpReason.CALL_TIMEOUT); // the token or the step before sending took it all
            }
            Attempt current = new Attempt(call.id, attempt, s.trackingIds().next());
            boolean callBound = left.compareTo(s.attemptTimeout()) < 0;
            call.events.attemptStarted(current);
            long startNanos = System.nanoTime();
            ExchangeResult result = exchange.send(current.trackingId(), token, callBound ? left : s.attemptTimeout());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);

            if (result instanceof ExchangeResult.Received r && r.status() / 100 == 2) {
                return succeed(exchange, call, r, current, token, elapsed);
            }
            WebexClientException failure = classify(call.operation, result, token, current, call.applied, callBound);
            call.applied = failure.mayHaveBeenApplied();
            AttemptAnswer answer = new AttemptAnswer(current, failure instanceof WebexApiException api
                    ? api.status() : 0, elapsed, failure);
            call.events.attemptAnswered(answer);
            Optional<RetryStrategy.Retry> retry = s.strategy().refresh(attempt, failure, s.clock().instant());
            GiveUpReason stop = reasonToStop(failure, retry, call);
            if (stop != null) {
                call.events.gaveUp(call.id, answer, failure, stop);
                throw failure;
            }
            call.events.retryScheduled(answer, retry.get().delay(), retry.get().reason());
            call.last = failure;
            try {
                s.sleeper().sleep(retry.get().delay(), call.abandoned); // abandoned: the loop ends the call
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.addSuppressed(e);
                throw giveUp(call, GiveUpReason.INTERRUPTED);
            }
        }
    }

    // a 2xx: what it comes to, or (an answer that cannot be used, such as a page that is not one) the call's end
    private <T> T succeed(Exchange<T> exchange, Call call, ExchangeResult.Received received, Attempt current,
                          String token, Duration elapsed) {
        T value;
        try {
            value = exchange.success(received, current, Redactor.of(token));
        } catch (WebexClientException unusable) {
            AttemptAnswer answer = new AttemptAnswer(current, received.status(), elapsed, unusable);
            call.events.attemptAnswered(answer);
            call.events.gaveUp(call.id, answer, unusable, GiveUpReason.NOT_RETRYABLE);
            throw unusable;
        }
        AttemptAnswer answer = new AttemptAnswer(current, received.status(), elapsed, null);
        call.events.attemptAnswered(answer);
        exchange.tellSucceeded(call.events, answer, value);
        return value;
    }

    /** Returns once attempt {@code attempt} may start: the gate is open and the call still has time and a caller. */
    private void acquire(Call call, int attempt) {
        Instant waitedFor = null;
        while (true) {
            Instant now = s.clock().instant();
            if (!now.isBefore(call.deadline)) {
                throw giveUp(call, GiveUpReason.CALL_TIMEOUT);
            }
            if (call.abandoned.getAsBoolean()) {
                throw giveUp(call, GiveUpReason.ABANDONED);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw giveUp(call, GiveUpReason.INTERRUPTED);
            }
            Instant openAt = s.strategy().acquire();
            if (!openAt.isAfter(now) || openAt.equals(waitedFor)) {
                return;
            }
            Duration wait = Duration.between(now, openAt);
            if (!now.plus(wait).isBefore(call.deadline)) {
                if (call.last == null) {
                    WebexClientException failure = Failures.heldBackPastCallTimeout(call.operation, wait,
                            s.callTimeout());
                    call.events.gaveUp(call.id, null, failure, GiveUpReason.CALL_TIMEOUT);
                    throw failure;
                }
                throw giveUp(call, GiveUpReason.CALL_TIMEOUT);
            }
            call.events.pausedByGate(call.id, attempt, wait);
            try {
                s.sleeper().sleep(wait, call.abandoned);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw giveUp(call, GiveUpReason.INTERRUPTED);
            }
            waitedFor = openAt;
        }
    }

    private String token(Call call, int attempt) {
        try {
            return s.tokens().next();
        } catch (IllegalStateException e) {
            String lastTrackingId = call.last == null ? null : call.last.requestTrackingId();
            WebexClientException failure = Failures.tokenUnavailable(call.operation, e, lastTrackingId, attempt - 1,
                    call.applied);
            if (call.last != null) {
                failure.addSuppressed(call.last); // what the previous attempt got, for the record
            }
            call.events.gaveUp(call.id, null, failure, GiveUpReason.NOT_RETRYABLE);
            throw failure;
        }
    }

    // the call ends between attempts: with the last attempt's failure, or (none sent yet) one that says why
    private WebexClientException giveUp(Call call, GiveUpReason reason) {
        WebexClientException failure = call.last;
        if (failure == null) {
            failure = switch (reason) {
                case CALL_TIMEOUT -> Failures.callTimeoutBeforeAttempt(call.operation, s.callTimeout(), null, 0, false);
                case INTERRUPTED -> Failures.interruptedBeforeAttempt(call.operation);
                default -> Failures.abandonedBeforeAttempt(call.operation);
            };
        }
        call.events.gaveUp(call.id, null, failure, reason);
        return failure;
    }

    // null to wait and try again; otherwise why the call ends with this attempt's failure
    private GiveUpReason reasonToStop(WebexClientException failure, Optional<RetryStrategy.Retry> retry, Call call) {
        if (retry.isEmpty()) {
            return s.strategy().policy().retries(failure) ? GiveUpReason.NO_ATTEMPTS_LEFT : GiveUpReason.NOT_RETRYABLE;
        }
        if (Thread.currentThread().isInterrupted()) {
            return GiveUpReason.INTERRUPTED;
        }
        if (call.abandoned.getAsBoolean()) {
            return GiveUpReason.ABANDONED;
        }
        if (!s.clock().instant().plus(retry.get().delay()).isBefore(call.deadline)) {
            return GiveUpReason.CALL_TIMEOUT;
        }
        return null;
    }

    private WebexClientException classify(Operation operation, ExchangeResult result, String token, Attempt attempt,
                                          boolean earlierApplied, boolean callBound) {
        if (result instanceof ExchangeResult.Received received) {
            return Failures.fromStatus(operation, received, Redactor.of(token), attempt.trackingId(),
                    attempt.number(), s.clock().instant(), earlierApplied);
        }
        if (result instanceof ExchangeResult.Failed failed) {
            return Failures.fromTransport(operation, failed, attempt.trackingId(), attempt.number(), callBound);
        }
        return Failures.notSent(operation, (ExchangeResult.NotSent) result, attempt.trackingId(), attempt.number(),
                earlierApplied);
    }

    /** The state of one call. Confined to the thread running it. */
    private static final class Call {
        final Operation operation;
        final long id;
        final Instant deadline;
        final AttemptListeners events;
        final BooleanSupplier abandoned;
        WebexClientException last;
        boolean applied;

        Call(Operation operation, long id, Instant deadline, AttemptListeners events, BooleanSupplier abandoned) {
            this.operation = operation;
            this.id = id;
            this.deadline = deadline;
            this.abandoned = abandoned;
            this.events = events;
        }
    }
}
