package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.BadId;
import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkProgressListener;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.bulk.RecordingOwner;
import io.github.wxrestore.bulk.RestoreSelection;
import io.github.wxrestore.client.Attempt;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.FailureCategory;
import io.github.wxrestore.client.RequestOptions;
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
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * Runs the calls of one plan on {@code concurrency} workers of its own: each worker takes the next call in order
 * and has the client send it with its owner's siteUrl and hostEmail (the client retries it, and its pacing gate
 * holds every worker back when Webex asks one call to wait); the call line goes into the journal right before the
 * first attempt goes on the wire, the outcome after the answer; then the listener hears it. A 401 (the token)
 * stops the run: no new call starts, and calls in flight are abandoned before their next attempt; a 403 does the
 * same to the calls of its owner (the caller may not act for that host or site; in a run of one owner, that is
 * every call); so does {@code stopWhen} turning true (a signal, say), which also ends their waits at once. What
 * bad-ID isolation learns from an owner's answers holds for that owner's calls alone. An exception from the
 * journal or the listener stops the run too, and is rethrown once the calls in flight have ended. The workers are the run's own, not the client's async threads,
 * so that a call's timeout counts from when it is sent and a run never waits for a thread its calls need. One
 * instance per run; thread-safe within it.
 */
public final class BulkRun {

    /**
     * The bulk layer's logger name: its package's, a name of its own (no tie to a public class), under the
     * {@code io.github.wxrestore} prefix that configures the client's per-attempt lines too.
     */
    private static final String LOGGER_NAME = "io.github.wxrestore.bulk";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    /**
     * What the workers did: the outcomes (a planned call that one bad ID sank comes back as the parts it was
     * split into), the bad IDs found, the calls not sent, and the calls and HTTP attempts sent.
     */
    public record Result(List<CallOutcome> outcomes, List<BadId> badIds, List<PlannedCall> notAttempted, int calls,
                         int attempts,
                         Duration serverWait, Duration elapsed, FailureCategory stoppedBy, boolean interrupted) {
    }

    private final WebexRecordingsClient client;
    private final int concurrency;
    private final Journal journal;
    private final BulkProgressListener listener;
    private final BooleanSupplier stopWhen;
    private final Clock clock;
    private final WaitTally waits;

    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger partNumbers = new AtomicInteger();
    private final AtomicInteger sentCalls = new AtomicInteger();
    private final AtomicInteger sentAttempts = new AtomicInteger();
    private final Queue<PlannedCall> partsNotSent = new ConcurrentLinkedQueue<>();
    private final Queue<BadId> badIds = new ConcurrentLinkedQueue<>();
    // parts whose answer the run found to be about no ID (see isolate): not bad IDs, even alone in their part
    private final Set<CallOutcome> aboutNoId = ConcurrentHashMap.newKeySet();
    private final Set<CallOutcome> judged = ConcurrentHashMap.newKeySet();
    private final Map<RecordingOwner, OwnerVerdicts> verdicts = new ConcurrentHashMap<>();
    private final AtomicReference<FailureCategory> stoppedBy = new AtomicReference<>(); // the whole run's
    private final AtomicReference<Throwable> crash = new AtomicReference<>();
    private volatile boolean interrupted;
    private volatile boolean anOwnerForbidden;

    public BulkRun(WebexRecordingsClient client, int concurrency, Journal journal, BulkProgressListener listener,
                   BooleanSupplier stopWhen) {
        this.client = client;
        this.concurrency = concurrency;
        this.journal = journal;
        this.listener = listener;
        this.stopWhen = stopWhen;
        this.clock = client.clock();
        this.waits = new WaitTally(clock);
    }

    /** Runs every call of {@code plan}; rethrows what crashed the run, if anything did. */
    public Result execute(BulkPlan plan) {
        List<PlannedCall> calls = plan.calls();
        AtomicReferenceArray<List<CallOutcome>> outcomes = new AtomicReferenceArray<>(calls.size());
        partNumbers.set(calls.size()); // the parts of a split call are numbered after the planned calls
        Instant started = clock.instant();
        if (!calls.isEmpty()) {
            journal.runStarted(calls.size(), plan.pendingIds());
            int workers = Math.min(concurrency, calls.size());
            // the JDK's own thread factory: the run waits for its workers before it returns, even when its caller
            // is interrupted, so they need not be daemons; each names its thread for thread dumps and log lines
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int i = 0; i < workers; i++) {
                String name = "webex-bulk-restore-" + (i + 1);
                futures.add(pool.submit(() -> {
                    Thread.currentThread().setName(name);
                    work(calls, outcomes);
                }));
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
                done.addAll(outcomes.get(i));
            }
        }
        skipped.addAll(partsNotSent);
        FailureCategory stopped = stoppedBy.get() != null ? stoppedBy.get()
                : anOwnerForbidden ? FailureCategory.AUTHORIZATION : null;
        return new Result(done, List.copyOf(badIds), skipped, sentCalls.get(), sentAttempts.get(), waits.total(),
                Duration.between(started, clock.instant()), stopped, interrupted || stopWhen.getAsBoolean());
    }

    private void work(List<PlannedCall> calls, AtomicReferenceArray<List<CallOutcome>> outcomes) {
        try {
            while (!stopping()) {
                int i = next.getAndIncrement();
                if (i >= calls.size()) {
                    return;
                }
                PlannedCall call = calls.get(i);
                CallOutcome outcome = stopping(call) ? null : send(call);
                if (outcome == null) {
                    continue; // its owner's calls, or the run, stopped before it was sent: reported as not attempted
                }
                List<CallOutcome> settled = BadIds.worthIsolating(outcome) ? isolate(outcome) : List.of(outcome);
                settled.forEach(this::journalVerdict);
                outcomes.set(i, settled);
                settled.forEach(listener::callFinished);
            }
        } catch (RuntimeException | Error e) {
            crash.compareAndSet(null, e); // the journal or the listener failed: stop as a crash would
        }
    }

    /**
     * The outcomes of a call that one bad ID or more sank (see {@link BadIds}): the IDs its answer names fail on
     * their own, each with the description that names it (journaled at once), and the rest go out again as a part;
     * when it names none, each half goes out as a part, and so on down. A half keeps "may have been applied" until
     * a part beside it is restored, which shows that the lost attempt restored nothing (all or nothing). While
     * nothing of its owner has been restored, two single-ID parts failing alike and naming no ID say the answer is
     * not about IDs (a host or site that does not exist answers 404 too): the parts are reported as they are and
     * no other call of that owner is split, until something of it is restored. Parts are journaled like any call,
     * so a resume sends neither what a part restored nor, as a group, more than the IDs still open.
     */
    private List<CallOutcome> isolate(CallOutcome failed) {
        OwnerVerdicts owner = verdictsOf(failed.call());
        Map<String, String> named = BadIds.named(failed);
        if (named.size() == failed.recordingIds().size() || (named.isEmpty() && owner.splittingIsUseless())) {
            return List.of(failed); // every ID is at fault, or the answer is about none of them
        }
        List<CallOutcome> settled = new ArrayList<>();
        List<List<String>> parts;
        boolean partsMayHaveBeenApplied;
        if (named.isEmpty()) {
            parts = BadIds.halves(failed.recordingIds());
            partsMayHaveBeenApplied = failed.mayHaveBeenApplied();
        } else {
            // an answer that names some of the call's IDs but not all says nothing was restored
            named.forEach((id, description) -> {
                CallOutcome bad = Outcomes.namedBad(part(failed.call(), List.of(id), false), failed, description);
                journalVerdict(bad); // before the rest goes out: a kill then cannot make it look restored
                settled.add(bad);
            });
            List<String> rest = failed.recordingIds().stream().filter(id -> !named.containsKey(id)).toList();
            parts = rest.isEmpty() ? List.of() : List.of(rest);
            partsMayHaveBeenApplied = false;
        }
        LOG.info("Bulk restore call {}: {} for {} IDs; {}", failed.number(), failed.status(),
                failed.recordingIds().size(), named.isEmpty() ? "sending each half on its own"
                : named.size() + " named as the cause, the " + (failed.recordingIds().size() - named.size())
                + " others go out again");
        List<CallOutcome> answered = new ArrayList<>();
        for (List<String> ids : parts) {
            PlannedCall part = part(failed.call(), ids, partsMayHaveBeenApplied);
            CallOutcome outcome = stopping(part) ? null : send(part);
            if (outcome == null) {
                partsNotSent.add(part);
            } else {
                answered.add(outcome);
            }
        }
        boolean aPartRestored = answered.stream().anyMatch(CallOutcome::restored);
        if (named.isEmpty() && !owner.anyRestored() && answered.size() == 2
                && answered.stream().allMatch(o -> o.recordingIds().size() == 1 && failsAlike(o, failed))) {
            owner.answersAreAboutNoId();
            LOG.info("Bulk restore call {}: every part fails with {} and names no ID, and nothing of {} was "
                    + "restored: the answer is not about IDs; no call of theirs is split further until something "
                    + "of theirs is restored", failed.number(), failed.status(), failed.owner());
            aboutNoId.addAll(answered);
            settled.addAll(answered);
            return settled;
        }
        for (CallOutcome outcome : answered) {
            // a part beside it was restored: the lost attempt restored nothing, so its 404 is about its IDs
            CallOutcome judged = aPartRestored && !outcome.restored() && outcome.mayHaveBeenApplied()
                    ? Outcomes.notApplied(outcome) : outcome;
            settled.addAll(BadIds.worthIsolating(judged) ? isolate(judged) : List.of(judged));
        }
        return settled;
    }

    // what a settled failure says about its IDs, written down (once) so that a resume sends them no more
    private void journalVerdict(CallOutcome outcome) {
        if (!judged.add(outcome)) {
            return;
        }
        if (outcome.presumedRestored()) {
            journal.presumedRestored(outcome);
        } else if (BadIds.isBad(outcome) && !verdictsOf(outcome.call()).splittingIsUseless()
                && !aboutNoId.contains(outcome)) {
            BadId bad = new BadId(outcome.recordingIds().get(0), outcome.status(), outcome.message(), journal.run(),
                    outcome.owner());
            journal.badId(outcome.number(), bad);
            badIds.add(bad);
        }
    }

    private static boolean failsAlike(CallOutcome part, CallOutcome whole) {
        return !part.restored() && part.status() == whole.status() && BadIds.named(part).isEmpty();
    }

    // a part of a call is sent with the call's owner
    private PlannedCall part(PlannedCall of, List<String> ids, boolean mayHaveBeenApplied) {
        return new PlannedCall(partNumbers.incrementAndGet(), RestoreSelection.ids(ids), mayHaveBeenApplied,
                of.owner());
    }

    private OwnerVerdicts verdictsOf(PlannedCall call) {
        return verdicts.computeIfAbsent(call.owner(), o -> new OwnerVerdicts());
    }

    // the client makes every attempt and wait; this journals the call as it goes out and records what it came
    // to. Null when the run stopped before anything was sent
    private CallOutcome send(PlannedCall call) {
        AtomicBoolean journaled = new AtomicBoolean();
        RequestOptions options = RequestOptions.builder().listener(new CallListener(call))
                .abandonWhen(() -> stopping(call))
                .beforeSending(() -> {
                    journal.callStarting(call); // a kill during a pause at the gate leaves no line for this call
                    journaled.set(true);
                }).build();
        CallOutcome outcome;
        try {
            outcome = Outcomes.restored(call, client.restore(UpfrontValidation.body(call.selection(),
                    call.siteUrl()), call.hostEmail(), options));
        } catch (WebexClientException e) {
            if (!journaled.get() && stopping(call)) {
                return null;
            }
            outcome = Outcomes.failed(call, e);
            if (e.category() == FailureCategory.AUTHORIZATION && isForbidden(e)) {
                verdictsOf(call).forbid();
                anOwnerForbidden = true;
                LOG.info("Bulk restore call {}: {}; no further call of {} starts", call.number(), status(e),
                        call.owner());
            } else if (e.category() == FailureCategory.AUTHORIZATION) {
                stoppedBy.compareAndSet(null, FailureCategory.AUTHORIZATION);
                LOG.info("Bulk restore call {}: {}; no further call starts", call.number(), status(e));
            } else {
                LOG.info("Bulk restore call {}: {} after {} attempt(s); the run goes on", call.number(), status(e),
                        e.attempts());
            }
        }
        if (journaled.get()) {
            journal.callFinished(outcome); // a call that never went out has no line to close
        }
        if (outcome.restored()) {
            verdictsOf(call).restored(); // its owner's answers are about IDs after all: split again
        }
        if (outcome.attempts() > 0) {
            sentCalls.incrementAndGet();
            sentAttempts.addAndGet(outcome.attempts());
        }
        return outcome;
    }

    private static String status(WebexClientException e) {
        return e instanceof WebexApiException api ? String.valueOf(api.status()) : "no response";
    }

    // 403: the token is good, and may not act for this host or on this site; a 401 is about the token itself
    private static boolean isForbidden(WebexClientException e) {
        return e instanceof WebexApiException api && api.status() == 403;
    }

    private boolean stopping() {
        return stoppedBy.get() != null || crash.get() != null || interrupted || stopWhen.getAsBoolean();
    }

    private boolean stopping(PlannedCall call) {
        return stopping() || verdictsOf(call).forbidden();
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

    /** Hears the waits of one call: counts them, logs which client call it is, and tells the run's listener. */
    private final class CallListener implements AttemptListener {
        private final PlannedCall call;

        CallListener(PlannedCall call) {
            this.call = call;
        }

        @Override
        public void attemptStarted(Attempt attempt) {
            if (attempt.number() == 1) {
                LOG.debug("Bulk restore call {} is client call {}", call.number(), attempt.callId());
            }
        }

        @Override
        public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
            waits.waiting(wait);
            listener.retryScheduled(call, answer, wait, reason);
        }

        @Override
        public void pausedByGate(long callId, int nextAttempt, Duration wait) {
            waits.waiting(wait);
            listener.pausedByGate(call, wait);
        }
    }
}
