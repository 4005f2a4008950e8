package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkProgressListener;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.FailureKind;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.client.AuthorizationException;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs the calls of one plan on {@code concurrency} workers. Each worker takes the next call in order, waits at
 * the shared {@link ThrottleGate}, journals the call, sends it, retries it as the bulk {@link RetryPolicy} allows
 * (closing the gate for every worker during each wait), journals the outcome and tells the listener. A 401/403
 * stops the run: no new call starts. An exception from the journal or the listener stops it too, and is
 * rethrown once the calls in flight have ended. One instance per run; thread-safe within it.
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
                         Duration elapsed, FailureKind stoppedBy, boolean interrupted) {
    }

    private final WebexRecordingsClient client;
    private final RetryPolicy policy;
    private final String siteUrl;
    private final String hostEmail;
    private final int concurrency;
    private final Journal journal;
    private final BulkProgressListener listener;
    private final Clock clock;
    private final ThrottleGate gate;

    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<FailureKind> stoppedBy = new AtomicReference<>();
    private final AtomicReference<Throwable> crash = new AtomicReference<>();
    private volatile boolean interrupted;

    public BulkRun(WebexRecordingsClient client, RetryPolicy policy, String siteUrl, String hostEmail,
                   int concurrency, Journal journal, BulkProgressListener listener, Clock clock, ThrottleGate gate) {
        this.client = client;
        this.policy = policy;
        this.siteUrl = siteUrl;
        this.hostEmail = hostEmail;
        this.concurrency = concurrency;
        this.journal = journal;
        this.listener = listener;
        this.clock = clock;
        this.gate = gate;
    }

    /** Runs every call of {@code plan}; rethrows what crashed the run, if anything did. */
    public Result execute(BulkPlan plan) {
        List<PlannedCall> calls = plan.calls();
        AtomicReferenceArray<CallOutcome> outcomes = new AtomicReferenceArray<>(calls.size());
        Instant started = clock.instant();
        if (!calls.isEmpty()) {
            journal.runStarted(calls.size(), plan.pendingIds());
            int workers = Math.min(concurrency, calls.size());
            ExecutorService pool = Executors.newFixedThreadPool(workers, new WorkerThreads());
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(() -> work(calls, outcomes)));
            }
            pool.shutdown();
            awaitAll(futures);
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
        return new Result(done, skipped, gate.totalPaused(), Duration.between(started, clock.instant()),
                stoppedBy.get(), interrupted);
    }

    private void work(List<PlannedCall> calls, AtomicReferenceArray<CallOutcome> outcomes) {
        try {
            while (!stopping()) {
                int i = next.getAndIncrement();
                if (i >= calls.size()) {
                    return;
                }
                CallOutcome outcome = send(calls.get(i));
                if (outcome == null) {
                    return; // the run stopped before this call was sent
                }
                outcomes.set(i, outcome);
                journal.callFinished(outcome);
                listener.callFinished(outcome);
            }
        } catch (RuntimeException | Error e) {
            crash.compareAndSet(null, e); // the journal or the listener failed: stop as a crash would
        }
    }

    // null when the run stopped before the call was sent; else its outcome after every retry allowed
    private CallOutcome send(PlannedCall call) {
        RestoreRecordingsRequest body = call.restoreAll() ? UpfrontValidation.restoreAllBody(siteUrl)
                : new RestoreRecordingsRequest().recordingIds(new ArrayList<>(call.recordingIds())).siteUrl(siteUrl);
        boolean earlierLeftOpen = call.possiblyRestored();
        CallOutcome lastFailure = null;
        int attempts = 0;
        for (int round = 1; ; round++) {
            try {
                gate.awaitOpen();
            } catch (InterruptedException e) {
                interrupted = true;
                Thread.currentThread().interrupt();
            }
            if (stopping()) {
                return lastFailure; // null when nothing was sent: the call is reported as not attempted
            }
            if (lastFailure == null) {
                journal.callStarting(call.number(), call.recordingIds(), call.restoreAll());
            }
            try {
                RestoreResult result = client.restore(body, hostEmail);
                return Outcomes.restored(call, result, attempts + result.attempts());
            } catch (WebexClientException e) {
                attempts += e.attempts();
                lastFailure = Outcomes.failed(call, e, attempts, earlierLeftOpen);
                if (e instanceof AuthorizationException) {
                    stoppedBy.compareAndSet(null, FailureKind.AUTHORIZATION);
                    LOG.info("Bulk restore call {}: {}; no further call starts", call.number(), status(e));
                    return lastFailure;
                }
                Optional<Duration> wait = policy.delayBeforeRetry(round, e);
                if (wait.isEmpty() || stopping()) {
                    LOG.info("Bulk restore call {}: {} after {} attempt(s); the run goes on", call.number(),
                            status(e), attempts);
                    return lastFailure;
                }
                LOG.info("Bulk restore call {}: {}; every worker waits {} ms before attempt {}", call.number(),
                        status(e), wait.get().toMillis(), round + 1);
                earlierLeftOpen |= Outcomes.leavesItOpen(e);
                gate.pauseFor(wait.get()); // every worker waits, not just this one
                listener.paused(call.number(), e instanceof WebexApiException api ? api.status() : 0, wait.get());
            }
        }
    }

    private static String status(WebexClientException e) {
        return e instanceof WebexApiException api ? String.valueOf(api.status()) : "no response";
    }

    private boolean stopping() {
        return stoppedBy.get() != null || crash.get() != null || interrupted;
    }

    private void awaitAll(List<Future<?>> futures) {
        boolean wasInterrupted = false;
        for (Future<?> future : futures) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (InterruptedException e) {
                    // stop starting calls, but let those in flight end and be journaled
                    wasInterrupted = true;
                    interrupted = true;
                } catch (ExecutionException e) {
                    crash.compareAndSet(null, e.getCause());
                    break;
                }
            }
        }
        if (wasInterrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // daemon threads: a run abandoned by its caller never keeps the JVM alive. WebexRecordingsClient has a twin
    // of this factory; bulk may not reach client.internal (LayeringTest) and the client exports no thread factory
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "webex-bulk-restore-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
