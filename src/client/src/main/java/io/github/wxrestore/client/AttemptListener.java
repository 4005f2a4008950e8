package io.github.wxrestore.client;

import java.time.Duration;

/**
 * Hears the whole story of every call, attempt by attempt (okhttp's {@code EventListener} idea): for metrics,
 * progress, or logs of your own. A call is one restore, or one page of a listing. The client's own log lines come
 * from a listener too. For one call the events come on the thread that runs the call, attempt after attempt:
 * <pre>
 * pausedByGate* attemptStarted attemptAnswered (succeeded | pageFetched | retryScheduled | gaveUp)
 * </pre>
 * until {@code succeeded} (a restore) or {@code pageFetched} (a page), or {@code gaveUp}. {@link #gaveUp} may also
 * come with no answer: between attempts or before the first one (the call timeout, an interrupt, an abandoned
 * call, a token supplier that failed). Give one to {@link WebexRecordingsClient.Builder#attemptListener} for every
 * call, or to {@link RequestOptions.Builder#listener} for one call. Implementations must be thread-safe when the
 * client is shared and should return quickly; an exception thrown from one is logged and ignored, never changing
 * the call.
 *
 * <p>Bridging to a metrics library, for example Micrometer, is a few lines in the application:
 * <pre>{@code
 * AttemptListener metrics = new AttemptListener() {
 *     public void attemptAnswered(AttemptAnswer a) {
 *         registry.timer("webex.restore.attempt", "status", String.valueOf(a.status())).record(a.elapsed());
 *     }
 *     public void retryScheduled(AttemptAnswer a, Duration wait, RetryReason reason) {
 *         registry.counter("webex.restore.retry", "reason", reason.name()).increment();
 *     }
 * };
 * }</pre>
 */
public interface AttemptListener {

    /** Hears nothing. */
    AttemptListener NONE = new AttemptListener() {
    };

    /**
     * The next attempt of call {@code callId} waits {@code wait} before it starts, because a call sharing this
     * client was asked to slow down (the pacing gate: see {@link RetryPolicy}).
     */
    default void pausedByGate(long callId, int nextAttempt, Duration wait) {
    }

    /** An attempt is about to be sent. */
    default void attemptStarted(Attempt attempt) {
    }

    /** An attempt ended: an HTTP status, or no complete response. */
    default void attemptAnswered(AttemptAnswer answer) {
    }

    /** The restore call succeeded with this answer's attempt; the call returns {@code result}. */
    default void succeeded(AttemptAnswer answer, RestoreResult result) {
    }

    /** A page of a listing arrived with this answer's attempt; its recordings go to the caller next. */
    default void pageFetched(AttemptAnswer answer, PageResult page) {
    }

    /** The call will try again after {@code wait}; {@code reason} says where the wait comes from. */
    default void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
    }

    /**
     * The call ends with {@code failure} and sends nothing more.
     *
     * @param callId  the call
     * @param answer  the answer it gives up on; null when it gives up between attempts or before the first one
     * @param failure what the call throws
     * @param reason  why it does not try again
     */
    default void gaveUp(long callId, AttemptAnswer answer, WebexClientException failure, GiveUpReason reason) {
    }
}
