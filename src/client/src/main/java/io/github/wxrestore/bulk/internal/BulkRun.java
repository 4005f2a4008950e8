package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkProgressListener;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.FailureCategory;
import io.github.wxrestore.client.RequestOptions;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.RetryReason;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexRecordingsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs the calls of one plan, {@code concurrency} at a time, on the client's own threads (bulk owns none): each
 * of {@code concurrency} chains takes the next call in order, journals it, hands it to the client (which retries
 * it, its pacing gate holding every call back when Webex asks one to wait), journals the outcome, tells the
 * listener and takes the next. A 401/403 stops the run: no new call starts and calls in flight stop retrying. An
 * exception from the journal or the listener stops it too, and is rethrown once the calls in flight have ended.
 * One instance per run; thread-safe within it.
 */
public final class BulkRun {

    /**
     * The bulk layer's logger name: its package's, a name of its own (no tie to a public class), under the
     * {@code io.github.wxrestore} prefix that configures the client's per-attempt lines too.
     */
    private static final String LOGGER_NAME = "io.github.wxrestore.bulk";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    /** What the workers did. */
    public record Result(List<CallOutcome> outcomes, List<PlannedCall> notAttempted, Duration serverWait,
                         Duration elapsed, FailureCategory stoppedBy, boolean interrupted) {
    }

    private final WebexRecordingsClient client;
    private final String siteUrl;
    private final String hostEmail;
    private final int concurrency;
    private final Journal journal;
    private final BulkProgressListener listener;
    private final Clock clock;
    private final WaitTally waits;

    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<FailureCategory> stoppedBy = new AtomicReference<>();
    private final AtomicReference<Throwable> crash = new AtomicReference<>();
    private volatile boolean interrupted;

    public BulkRun(WebexRecordingsClient client, String siteUrl, String hostEmail, int concurrency, Journal journal,
                   BulkProgressListener listener) {
        this.client = client;
        this.siteUrl = siteUrl;
        this.hostEmail = hostEmail;
        this.concurrency = concurrency;
        this.journal = journal;
        this.listener = listener;
        this.clock = client.clock();
        this.waits = new WaitTally(clock);
    }

    /** Runs every call of {@code plan}; rethrows what crashed the run, if anything did. */
    public Result execute(BulkPlan plan) {
        List<PlannedCall> calls = plan.calls();
        AtomicReferenceArray<CallOutcome> outcomes = new AtomicReferenceArray<>(calls.size());
        Instant started = clock.instant();
        if (!calls.isEmpty()) {
            journal.runStarted(calls.size(), plan.pendingIds());
            int chains = Math.min(concurrency, calls.size());
            CountDownLatch ended = new CountDownLatch(chains);
            for (int i = 0; i < chains; i++) {
                sendNext(calls, outcomes, ended);
            }
            awaitEnd(ended);
        }
        Throwable failure = crash.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        List<CallOutcome> done = new ArrayList<>();
        List<PlannedCall> skipped = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            if (outcomes.get(i) == null) {
                skipped.add(calls.get(i));
            } else {
                done.add(outcomes.get(i));
            }
        }
        return new Result(done, skipped, waits.total(), Duration.between(started, clock.instant()), stoppedBy.get(),
                interrupted);
    }

    /**
     * One chain of calls: takes the next call in order, journals it and hands it to the client, and when its
     * answer comes (on the client's thread) records it and takes the next; counts {@code ended} down when no call
     * is left or the run stops. A call whose answer is already there when the client returns is recorded here, in
     * this loop, so a run of instant failures never deepens the stack.
     */
    private void sendNext(List<PlannedCall> calls, AtomicReferenceArray<CallOutcome> outcomes, CountDownLatch ended) {
        try {
            while (!stopping()) {
                int i = next.getAndIncrement();
                if (i >= calls.size()) {
                    break;
                }
                PlannedCall call = calls.get(i);
                journal.callStarting(call);
                CompletableFuture<RestoreResult> answer;
                try {
                    answer = client.restoreAsync(UpfrontValidation.body(call.selection(), siteUrl), hostEmail,
                            options(call));
                } catch (RuntimeException e) {
                    journal.callFinished(Outcomes.notSent(call, e)); // refused before sending (a closed client)
                    throw e;
                }
                if (!answer.isDone()) {
                    answer.whenComplete((result, failure) -> {
                        if (record(i, call, result, failure, outcomes)) {
                            sendNext(calls, outcomes, ended);
                        } else {
                            ended.countDown();
                        }
                    });
                    return;
                }
                if (!record(i, call, answer.getNow(null), failureOf(answer), outcomes)) {
                    break;
                }
            }
        } catch (RuntimeException | Error e) {
            crash.compareAndSet(null, e); // the journal, the listener or the client failed: stop as a crash would
        }
        ended.countDown();
    }

    // journals the outcome and tells the listener; false when the run must stop (a crash, or nothing sent)
    private boolean record(int i, PlannedCall call, RestoreResult result, Throwable failure,
                           AtomicReferenceArray<CallOutcome> outcomes) {
        try {
            if (failure != null && !(failure instanceof WebexClientException)) {
                throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
            }
            CallOutcome outcome = failure == null ? Outcomes.restored(call, result)
                    : failed(call, (WebexClientException) failure);
            journal.callFinished(outcome);
            if (outcome.attempts() == 0 && stopping()) {
                return false; // the run stopped before the client sent it: reported as not attempted
            }
            outcomes.set(i, outcome);
            listener.callFinished(outcome);
            return true;
        } catch (RuntimeException | Error e) {
            crash.compareAndSet(null, e);
            return false;
        }
    }

    private CallOutcome failed(PlannedCall call, WebexClientException e) {
        if (e.category() == FailureCategory.AUTHORIZATION) {
            stoppedBy.compareAndSet(null, FailureCategory.AUTHORIZATION);
            LOG.info("Bulk restore call {}: {}; no further call starts", call.number(), status(e));
        } else {
            LOG.info("Bulk restore call {}: {} after {} attempt(s); the run goes on", call.number(), status(e),
                    e.attempts());
        }
        return Outcomes.failed(call, e);
    }

    // the client makes every attempt and wait; the run only hears them, and stops the retries when it stops
    private RequestOptions options(PlannedCall call) {
        return RequestOptions.builder().listener(new CallListener(call.number())).stopRetryingWhen(this::stopping)
                .build();
    }

    private static Throwable failureOf(CompletableFuture<?> done) {
        try {
            done.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        } catch (CancellationException e) {
            return e;
        }
    }

    private static String status(WebexClientException e) {
        return e instanceof WebexApiException api ? String.valueOf(api.status()) : "no response";
    }

    private boolean stopping() {
        return stoppedBy.get() != null || crash.get() != null || interrupted;
    }

    private void awaitEnd(CountDownLatch ended) {
        boolean wasInterrupted = false;
        while (true) {
            try {
                ended.await();
                break;
            } catch (InterruptedException e) {
                // stop starting calls, but let those in flight end and be journaled
                wasInterrupted = true;
                interrupted = true;
            }
        }
        if (wasInterrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hears the waits of one call: counts them, and tells the run's listener. */
    private final class CallListener implements AttemptListener {
        private final int callNumber;

        CallListener(int callNumber) {
            this.callNumber = callNumber;
        }

        @Override
        public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
            waits.waiting(wait);
            listener.retryScheduled(callNumber, answer.status(), wait, reason);
        }

        @Override
        public void pausedByGate(long callId, int nextAttempt, Duration wait) {
            waits.waiting(wait);
            listener.pausedByGate(callNumber, wait);
        }
    }
}
