package io.github.wxrestore.bulk;

import io.github.wxrestore.bulk.internal.BulkRun;
import io.github.wxrestore.bulk.internal.Journal;
import io.github.wxrestore.bulk.internal.JournalHeader;
import io.github.wxrestore.bulk.internal.JournalHistory;
import io.github.wxrestore.bulk.internal.Planner;
import io.github.wxrestore.bulk.internal.ThrottleGate;
import io.github.wxrestore.bulk.internal.UniqueIds;
import io.github.wxrestore.bulk.internal.UpfrontValidation;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.Sleeper;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.RestoreRequestValidation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Restores any number of recordings: duplicates are removed (and counted), the rest is split into calls of at
 * most {@link #maxIdsPerCall()} IDs (the spec's {@code maxItems}) in input order, every call is validated before
 * the first one is sent, and the calls run on {@code concurrency} workers (default 1).
 *
 * <pre>{@code
 * WebexRecordingsClient client = WebexRecordingsClient.builder().accessToken(token)
 *         .retryPolicy(RetryPolicy.none()).build();           // retries happen here, see below
 * BulkReport report = BulkRestore.builder().client(client).siteUrl("example.webex.com")
 *         .journal(Path.of("restore.journal")).concurrency(4).build()
 *         .run(idsFromTheExport);
 * }</pre>
 *
 * <p><b>Retries and throttling.</b> Each call is retried here, under {@link Builder#retryPolicy} (default
 * {@link RetryPolicy#defaults()}: 429, 503, and 423 with {@code Retry-After}; add
 * {@code retryServerErrors(true)} for 5xx and I/O failures). Every wait, a server's {@code Retry-After} or a
 * backoff, pauses <em>every</em> worker: the rate limit is the account's, not the worker's. Give this class a
 * client built with {@link RetryPolicy#none()}: a client that retries on its own still works, but its waits pause
 * only the worker that made the call and do not count in {@link BulkReport#serverWait()} (its attempts do count
 * in {@link BulkReport#retries()}).
 *
 * <p><b>Failures.</b> A failed call does not stop the run, except 401/403, which every later call would get
 * too: no call starts after it, calls in flight end, and the report lists the IDs not attempted.
 *
 * <p><b>Journal.</b> With {@link Builder#journal(Path)}, each call is written down before it is sent and its
 * outcome after (JSON lines, forced to disk each time), so a run killed at any point can be run again with the
 * same journal and input: IDs restored before are not sent again, the others are; IDs whose answer was lost are
 * sent again as the same group and a failure of theirs is flagged {@link CallOutcome#isPossiblyRestored()}. A
 * journal written for another input (IDs, site, host) is refused; a torn last line is dropped; any other damage
 * is refused. The token is never written.
 *
 * <p>Immutable and thread-safe; each {@code run} is independent (two runs must not share a journal file: the
 * second is refused while the first holds it).
 */
public final class BulkRestore {

    /** The most workers a run may use. */
    public static final int MAX_CONCURRENCY = 64;

    private final WebexRecordingsClient client;
    private final String siteUrl;
    private final String hostEmail;
    private final int concurrency;
    private final Path journal;
    private final BulkProgressListener listener;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Sleeper sleeper;

    private BulkRestore(Builder b) {
        this.client = b.client;
        this.siteUrl = b.siteUrl;
        this.hostEmail = b.hostEmail;
        this.concurrency = b.concurrency;
        this.journal = b.journal;
        this.listener = b.listener;
        this.retryPolicy = b.retryPolicy;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The most IDs one call names: the spec's {@code maxItems} of {@code recordingIds}, as validation reads it
     * ({@link RestoreRequestValidation#maxRecordingIdsPerRequest()}).
     *
     * @throws IllegalStateException when the spec declares no {@code maxItems}: a split needs a size
     */
    public static int maxIdsPerCall() {
        int max = RestoreRequestValidation.maxRecordingIdsPerRequest();
        if (max < 1 || max == Integer.MAX_VALUE) {
            throw new IllegalStateException("the generated model carries no @Size(max) on recordingIds: the spec "
                    + "must declare maxItems");
        }
        return max;
    }

    /**
     * Restores these recordings.
     *
     * @throws InvalidRestoreRequestException when any call would break a documented rule (a problem with one ID
     *                                        is named at its position in {@code ids}); nothing was sent
     * @throws IllegalArgumentException       when {@code ids} is empty; nothing was sent
     * @throws BulkJournalException           when the journal cannot be used (nothing was sent) or writing to it
     *                                        failed during the run (the run stopped)
     * @throws IllegalStateException          when no client was given to the builder
     */
    public BulkReport run(Collection<String> ids) {
        return run(ids.stream());
    }

    /** {@link #run(Collection)} over a stream, read to its end before anything is sent. */
    public BulkReport run(Stream<String> ids) {
        requireClient();
        UniqueIds unique = checkedUnique(ids);
        try (Journal j = openJournal(header(unique))) {
            BulkPlan plan = Planner.plan(unique, j.history(), maxIdsPerCall(), siteUrl, hostEmail, j.recovered());
            return report(plan, j.history(), unique, execute(plan, j));
        }
    }

    /**
     * Restores everything in the recycle bin of the host on the site, in one call, journaled and reported like
     * any run ({@link BulkReport#isRestoreAll()}; the API does not say how many recordings it restored).
     */
    public BulkReport restoreAll() {
        requireClient();
        UpfrontValidation.requireValidRestoreAll(siteUrl, hostEmail);
        try (Journal j = openJournal(restoreAllHeader())) {
            BulkPlan plan = Planner.planRestoreAll(j.history(), siteUrl, hostEmail, j.recovered());
            BulkRun.Result result = execute(plan, j);
            boolean done = j.history().restoreAllDone() || result.outcomes().stream().anyMatch(CallOutcome::isRestored);
            return common(plan, result).restoreAll(true, done).build();
        }
    }

    /**
     * What {@link #run(Collection)} would do, without sending anything or changing the journal (a dry run): the
     * input is validated and the journal, if there is one, is read and checked the same way.
     */
    public BulkPlan plan(Collection<String> ids) {
        UniqueIds unique = checkedUnique(ids.stream());
        Journal.ReadOnly read = readJournal(header(unique));
        return Planner.plan(unique, read.history(), maxIdsPerCall(), siteUrl, hostEmail, read.tornLastLine());
    }

    /** What {@link #restoreAll()} would do, without sending anything or changing the journal. */
    public BulkPlan planRestoreAll() {
        UpfrontValidation.requireValidRestoreAll(siteUrl, hostEmail);
        Journal.ReadOnly read = readJournal(restoreAllHeader());
        return Planner.planRestoreAll(read.history(), siteUrl, hostEmail, read.tornLastLine());
    }

    private UniqueIds checkedUnique(Stream<String> ids) {
        List<String> input = ids.collect(Collectors.toCollection(ArrayList::new));
        UniqueIds unique = UniqueIds.of(input);
        if (unique.size() == 0) {
            throw new IllegalArgumentException("no recording IDs to restore: give at least one, or use restoreAll()");
        }
        UpfrontValidation.requireValid(unique, maxIdsPerCall(), siteUrl, hostEmail);
        return unique;
    }

    private BulkRun.Result execute(BulkPlan plan, Journal j) {
        listener.started(plan);
        return new BulkRun(client, retryPolicy, siteUrl, hostEmail, concurrency, j, listener, clock,
                new ThrottleGate(clock, sleeper)).execute(plan);
    }

    private BulkReport report(BulkPlan plan, JournalHistory history, UniqueIds unique, BulkRun.Result result) {
        Set<String> restored = new HashSet<>(history.restored());
        result.outcomes().stream().filter(CallOutcome::isRestored).forEach(o -> restored.addAll(o.recordingIds()));
        Set<String> skipped = new HashSet<>();
        result.notAttempted().forEach(c -> skipped.addAll(c.recordingIds()));
        return common(plan, result)
                .restoredIds(unique.ids().stream().filter(restored::contains).toList())
                .notAttempted(unique.ids().stream().filter(skipped::contains).toList())
                .build();
    }

    private static BulkReport.Builder common(BulkPlan plan, BulkRun.Result result) {
        int calls = (int) result.outcomes().stream().filter(o -> o.attempts() > 0).count();
        int attempts = result.outcomes().stream().mapToInt(CallOutcome::attempts).sum();
        List<String> notAttempted = new ArrayList<>();
        result.notAttempted().forEach(c -> notAttempted.addAll(c.recordingIds()));
        return BulkReport.builder()
                .requested(plan.requested()).unique(plan.unique()).alreadyRestored(plan.alreadyRestored())
                .failed(result.outcomes().stream().filter(o -> !o.isRestored()).toList())
                .notAttempted(notAttempted)
                .calls(calls, attempts).serverWait(result.serverWait()).elapsed(result.elapsed())
                .stoppedBy(result.stoppedBy()).interrupted(result.interrupted())
                .journalRecovered(plan.journalRecovered());
    }

    private JournalHeader header(UniqueIds unique) {
        return new JournalHeader(false, siteUrl, hostEmail, unique.size(), unique.fingerprint());
    }

    private JournalHeader restoreAllHeader() {
        return new JournalHeader(true, siteUrl, hostEmail, 0, UniqueIds.of(List.of()).fingerprint());
    }

    private Journal openJournal(JournalHeader header) {
        return journal == null ? Journal.none() : Journal.open(journal, header, clock);
    }

    private Journal.ReadOnly readJournal(JournalHeader header) {
        return journal == null ? new Journal.ReadOnly(JournalHistory.empty(), false) : Journal.read(journal, header);
    }

    private void requireClient() {
        if (client == null) {
            throw new IllegalStateException("no client: give BulkRestore.builder().client(..) one to run; only plan() "
                    + "works without");
        }
    }

    @Override
    public String toString() {
        return "BulkRestore{client=" + client + ", siteUrl=" + siteUrl + ", hostEmail=" + hostEmail
                + ", concurrency=" + concurrency + ", journal=" + journal + ", retryPolicy=" + retryPolicy + "}";
    }

    /** Configures a {@link BulkRestore}; each setter checks its argument. Not thread-safe. */
    public static final class Builder {
        private WebexRecordingsClient client;
        private String siteUrl;
        private String hostEmail;
        private int concurrency = 1;
        private Path journal;
        private BulkProgressListener listener = BulkProgressListener.NONE;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /** The client that sends each call; best built with {@link RetryPolicy#none()} (see the class comment). */
        public Builder client(WebexRecordingsClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** The site of every ID, such as {@code example.webex.com}; default none (the user's preferred site). */
        public Builder siteUrl(String siteUrl) {
            this.siteUrl = siteUrl;
            return this;
        }

        /** The host whose recordings these are (needs an admin token); default none (the caller's own). */
        public Builder hostEmail(String hostEmail) {
            this.hostEmail = hostEmail;
            return this;
        }

        /** Calls in flight at once, 1 to {@value BulkRestore#MAX_CONCURRENCY}; default 1. */
        public Builder concurrency(int concurrency) {
            if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
                throw new IllegalArgumentException("concurrency must be between 1 and " + MAX_CONCURRENCY + ", was "
                        + concurrency);
            }
            this.concurrency = concurrency;
            return this;
        }

        /** The journal file (created if absent; its directory must exist); default none. */
        public Builder journal(Path journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
            return this;
        }

        /** Hears the progress of a run; called from worker threads. Default: nothing. */
        public Builder listener(BulkProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** How each call is retried, every wait pausing every worker; default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** The clock of pauses, journal times and the elapsed time; default the UTC system clock. For tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How workers wait while paused; default sleeping the thread. For tests; must be thread-safe. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public BulkRestore build() {
            return new BulkRestore(this);
        }
    }
}
