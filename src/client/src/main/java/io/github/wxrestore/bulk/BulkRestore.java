package io.github.wxrestore.bulk;

import io.github.wxrestore.bulk.internal.BulkRun;
import io.github.wxrestore.bulk.internal.Journal;
import io.github.wxrestore.bulk.internal.JournalHeader;
import io.github.wxrestore.bulk.internal.JournalHistory;
import io.github.wxrestore.bulk.internal.OwnerConflicts;
import io.github.wxrestore.bulk.internal.Owners;
import io.github.wxrestore.bulk.internal.Planner;
import io.github.wxrestore.bulk.internal.UniqueIds;
import io.github.wxrestore.bulk.internal.UpfrontValidation;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.RestoreRequestValidation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Restores any number of recordings, in two steps: {@link #plan} (duplicates removed and counted, every call
 * validated, the journal consulted, the rest split into calls of at most {@link #maxIdsPerCall()} IDs in input
 * order) and {@link #execute} (the calls, on {@code concurrency} workers of the run's own, default 1).
 * {@link #run} and {@link #restoreAll()} do both.
 *
 * <p><b>Owners.</b> Every ID is the recording of one host on one site, and Webex restores the IDs of one call for
 * one host ({@code hostEmail}) on one site ({@code siteUrl}). The builder's {@link Builder#siteUrl siteUrl} and
 * {@link Builder#hostEmail hostEmail} are the run's own; {@link RestoreSelection#owned} gives each ID its
 * {@link RecordingOwner} (an admin's listing or export names them), and the run then groups the IDs by owner: each
 * owner's IDs in input order, at most {@link #maxIdsPerCall()} per call, the owners in the order of their first
 * ID; no call mixes owners. An ID given for two owners is refused, naming both positions. What one owner's
 * answers show holds for its calls alone: a 403 (the caller may not act for that host or site) stops that
 * owner's calls, and the others go on; a 401 (the token) stops the run.
 *
 * <pre>{@code
 * WebexRecordingsClient client = WebexRecordingsClient.builder().accessToken(token).build();
 * BulkReport report = BulkRestore.builder().client(client).siteUrl("example.webex.com")
 *         .journal(Path.of("restore.journal")).concurrency(4).build()
 *         .run(idsFromTheExport);
 * }</pre>
 *
 * <p><b>Retries and throttling</b> are the client's: each call is retried under the client's
 * {@link io.github.wxrestore.client.RetryPolicy}, and a {@code Retry-After} seen by one call holds back every
 * call of that client, so the run's calls (and anything else sharing the client) back off together. This class
 * has no retry settings of its own.
 *
 * <p><b>Failures.</b> A failed call does not stop the run, except 401/403, which every later call would get
 * too: no call starts after it, calls in flight stop retrying, and the report lists the IDs not attempted.
 *
 * <p><b>Journal.</b> With {@link Builder#journal(Path)}, each call is written down before it is sent and its
 * outcome after (JSON lines, forced to disk each time), so a run killed at any point can be run again with the
 * same journal and input: IDs restored before are not sent again, the others are; IDs whose answer was lost are
 * sent again as the same group and a failure of theirs is flagged {@link CallOutcome#mayHaveBeenApplied()} (a 404
 * then makes them {@link CallOutcome#presumedRestored() presumed restored}, and they are not sent again either).
 * {@link BadId Bad IDs} are written down too, and not sent again unless {@link Builder#retryBadIds} asks. A
 * journal written for another input (IDs, their owners, site, host) is refused; a torn last line is dropped; any
 * other damage is refused. The token is never written.
 *
 * <p>Immutable and thread-safe; each run is independent (two runs must not share a journal file: the second is
 * refused while the first holds it).
 */
public final class BulkRestore {

    /** The most workers a run may use. */
    public static final int MAX_CONCURRENCY = 64;

    /**
     * The {@link io.github.wxrestore.validation.Violation#rule() rule} of a problem a plan reports for an ID given
     * for two owners ({@link RestoreSelection#owned}): at the later position, its message naming the earlier one
     * and both owners.
     */
    public static final String ID_WITH_TWO_OWNERS = "IdWithTwoOwners";

    private final WebexRecordingsClient client;
    private final String siteUrl;
    private final String hostEmail;
    private final int concurrency;
    private final Path journal;
    private final boolean retryBadIds;
    private final BulkProgressListener listener;
    private final BooleanSupplier stopWhen;

    private BulkRestore(Builder b) {
        this.client = b.client;
        this.siteUrl = b.siteUrl;
        this.hostEmail = b.hostEmail;
        this.concurrency = b.concurrency;
        this.journal = b.journal;
        this.retryBadIds = b.retryBadIds;
        this.listener = b.listener;
        this.stopWhen = b.stopWhen;
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
     * What a run of {@code selection} would do, without sending anything or changing the journal: the input is
     * validated (each ID once), and the journal, if there is one, is read and checked. Needs no client; print it
     * for a dry run, or give it to {@link #execute}.
     *
     * @throws InvalidRestoreRequestException when any call would break a documented rule, or an ID is given for
     *                                        two owners ({@link #ID_WITH_TWO_OWNERS}): a problem with one ID, or
     *                                        with the site or host of an owner, is named at its position in the
     *                                        selection (an owner's: of its first ID); nothing was sent
     * @throws IllegalArgumentException       when a list of IDs is empty
     * @throws BulkJournalException           when the journal cannot be used (written for another input: other
     *                                        IDs, other owners of them, another site or host); nothing was sent
     */
    public BulkPlan plan(RestoreSelection selection) {
        Objects.requireNonNull(selection, "selection");
        Input input = checked(selection);
        Journal.ReadOnly read = readJournal(header(selection, input));
        return planFrom(selection, input, read.history(), read.tornLastLine());
    }

    /**
     * Runs a plan this configuration made ({@link #plan}), exactly: its IDs are not validated again (the client
     * still checks each call's body, its promise to every caller). The journal is opened and locked first; if the
     * plan no longer matches what the journal says (another run wrote to it since), nothing is sent.
     *
     * @throws IllegalArgumentException when the plan is for another site or host than this configuration, or its
     *                                  IDs are not those of its selection
     * @throws BulkJournalException     when the journal cannot be used or no longer matches the plan (nothing was
     *                                  sent), or writing to it failed during the run (the run stopped)
     * @throws IllegalStateException    when no client was given to the builder
     */
    public BulkReport execute(BulkPlan plan) {
        Objects.requireNonNull(plan, "plan");
        requireClient();
        if (!Objects.equals(plan.siteUrl(), siteUrl) || !Objects.equals(plan.hostEmail(), hostEmail)) {
            throw new IllegalArgumentException("the plan is for site " + plan.siteUrl() + " and host "
                    + plan.hostEmail() + ", this BulkRestore for site " + siteUrl + " and host " + hostEmail);
        }
        UniqueIds unique = UniqueIds.of(plan.selection().recordingIds());
        if (!unique.ids().equals(plan.uniqueIds())) {
            throw new IllegalArgumentException("the plan's uniqueIds are not the distinct IDs of its selection: "
                    + "make plans with plan(..)");
        }
        Input input = new Input(unique, Owners.of(plan.selection(), siteUrl, hostEmail));
        try (Journal j = openJournal(header(plan.selection(), input))) {
            BulkPlan now = planFrom(plan.selection(), input, j.history(), j.recovered());
            if (!now.equals(plan)) {
                throw new BulkJournalException(BulkJournalException.Reason.MISMATCH, journal, (journal == null
                        ? "the plan was made with a journal, and this BulkRestore has none"
                        : "journal " + journal + " does not say what it said when the plan was made (another run "
                        + "wrote to it, or the plan was made with another journal)") + ". Nothing was sent; plan "
                        + "again.", null);
            }
            return execute(plan, j);
        }
    }

    /**
     * Restores {@code selection}: {@link #plan} then {@link #execute}, the journal read once, under its lock.
     *
     * @throws InvalidRestoreRequestException when any call would break a documented rule, or an ID is given for
     *                                        two owners, as {@link #plan} says; nothing was sent
     * @throws IllegalArgumentException       when a list of IDs is empty; nothing was sent
     * @throws BulkJournalException           when the journal cannot be used (nothing was sent) or writing to it
     *                                        failed during the run (the run stopped)
     * @throws IllegalStateException          when no client was given to the builder
     */
    public BulkReport run(RestoreSelection selection) {
        Objects.requireNonNull(selection, "selection");
        requireClient();
        Input input = checked(selection);
        try (Journal j = openJournal(header(selection, input))) {
            return execute(planFrom(selection, input, j.history(), j.recovered()), j);
        }
    }

    /** {@link #run(RestoreSelection)} of these IDs. */
    public BulkReport run(Collection<String> ids) {
        return run(RestoreSelection.ids(ids));
    }

    /** {@link #run(RestoreSelection)} of these IDs, the stream read to its end before anything is sent. */
    public BulkReport run(Stream<String> ids) {
        List<String> all = ids.collect(Collectors.toCollection(ArrayList::new));
        return run(all);
    }

    /**
     * {@link #run(RestoreSelection)} of {@link RestoreSelection#all()}: everything in the recycle bin of the host
     * on the site, in one call, journaled and reported like any run (the API does not say how many recordings it
     * restored).
     */
    public BulkReport restoreAll() {
        return run(RestoreSelection.all());
    }

    /** A selection's distinct IDs (none for restoreAll) and the owner of each. */
    private record Input(UniqueIds unique, Owners owners) {
    }

    // the selection's distinct IDs and their owners, after every call they make was validated
    private Input checked(RestoreSelection selection) {
        Owners owners = Owners.of(selection, siteUrl, hostEmail);
        if (selection.isAll()) {
            UpfrontValidation.requireValidRestoreAll(siteUrl, hostEmail);
            return new Input(UniqueIds.of(selection.recordingIds()), owners);
        }
        OwnerConflicts conflicts = new OwnerConflicts(selection.recordingIds(), owners);
        UniqueIds unique = owners.grouped() ? UniqueIds.of(selection.recordingIds(), conflicts)
                : UniqueIds.of(selection.recordingIds());
        if (unique.size() == 0) {
            throw new IllegalArgumentException("no recording IDs to restore: give at least one, or use restoreAll()");
        }
        UpfrontValidation.requireValid(unique, owners, conflicts.violations(), maxIdsPerCall(), siteUrl, hostEmail);
        return new Input(unique, owners);
    }

    private BulkReport execute(BulkPlan plan, Journal j) {
        listener.started(plan);
        BulkRun.Result result = new BulkRun(client, concurrency, j, listener, stopWhen).execute(plan);
        List<CallOutcome> failed = result.outcomes().stream().filter(o -> !o.restored() && !o.presumedRestored())
                .toList();
        Set<String> skipped = new HashSet<>();
        result.notAttempted().forEach(c -> skipped.addAll(c.recordingIds()));
        Set<String> restored = new HashSet<>(j.history().restored());
        Set<String> presumed = new HashSet<>(j.history().presumedRestored());
        for (CallOutcome o : result.outcomes()) {
            if (o.restored()) {
                restored.addAll(o.recordingIds());
            } else if (o.presumedRestored()) {
                presumed.addAll(o.recordingIds());
            }
        }
        boolean allDone = plan.selection().isAll() && (plan.restoreAllDone()
                || result.outcomes().stream().anyMatch(CallOutcome::restored));
        return new BulkReport(plan, inInputOrder(plan, restored), inInputOrder(plan, presumed), allDone, failed,
                badIds(plan, result.badIds()), inInputOrder(plan, skipped), result.calls(), result.attempts(),
                result.serverWait(), result.elapsed(), result.stoppedBy(), result.interrupted());
    }

    private static List<String> inInputOrder(BulkPlan plan, Set<String> ids) {
        return plan.uniqueIds().stream().filter(ids::contains).toList();
    }

    // those this run found, in input order, then those the plan left out
    private static List<BadId> badIds(BulkPlan plan, List<BadId> found) {
        Map<String, BadId> byId = new HashMap<>();
        found.forEach(b -> byId.put(b.recordingId(), b));
        List<BadId> all = new ArrayList<>(found.size() + plan.knownBadIds().size());
        plan.uniqueIds().stream().map(byId::get).filter(Objects::nonNull).forEach(all::add);
        all.addAll(plan.knownBadIds());
        return all;
    }

    // the one place a selection becomes its plan, whatever the journal says: plan, run and execute all ask here
    private BulkPlan planFrom(RestoreSelection selection, Input input, JournalHistory history, boolean torn) {
        return selection instanceof RestoreSelection.Ids ids
                ? Planner.plan(ids, input.unique(), input.owners(), history, maxIdsPerCall(), siteUrl, hostEmail,
                        torn, retryBadIds)
                : Planner.planRestoreAll(history, siteUrl, hostEmail, torn);
    }

    private JournalHeader header(RestoreSelection selection, Input input) {
        return JournalHeader.of(selection.isAll(), siteUrl, hostEmail, input.unique(), input.owners());
    }

    private Journal openJournal(JournalHeader header) {
        return journal == null ? Journal.none() : Journal.open(journal, header, client.clock());
    }

    private Journal.ReadOnly readJournal(JournalHeader header) {
        return journal == null ? new Journal.ReadOnly(JournalHistory.empty(), false) : Journal.read(journal, header);
    }

    private void requireClient() {
        if (client == null) {
            throw new IllegalStateException("no client: give BulkRestore.builder().client(..) one to run; plan() "
                    + "works without");
        }
    }

    @Override
    public String toString() {
        return "BulkRestore{client=" + client + ", siteUrl=" + siteUrl + ", hostEmail=" + hostEmail
                + ", concurrency=" + concurrency + ", journal=" + journal + (retryBadIds ? ", retryBadIds" : "") + "}";
    }

    /** Configures a {@link BulkRestore}; each setter checks its argument. Not thread-safe. */
    public static final class Builder {
        private WebexRecordingsClient client;
        private String siteUrl;
        private String hostEmail;
        private int concurrency = 1;
        private Path journal;
        private boolean retryBadIds;
        private BulkProgressListener listener = BulkProgressListener.NONE;
        private BooleanSupplier stopWhen = () -> false;

        private Builder() {
        }

        /**
         * The client that sends, retries and paces each call; its clock also times the run and the journal.
         * Needed to run, not to {@link #plan}.
         */
        public Builder client(WebexRecordingsClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * The run's site, such as {@code example.webex.com}: of every ID whose {@link RecordingOwner} names none;
         * default none (the user's preferred site).
         */
        public Builder siteUrl(String siteUrl) {
            this.siteUrl = siteUrl;
            return this;
        }

        /**
         * The run's host (needs an admin token): of every ID whose {@link RecordingOwner} names none; default none
         * (the caller's own recordings).
         */
        public Builder hostEmail(String hostEmail) {
            this.hostEmail = hostEmail;
            return this;
        }

        /**
         * Calls in flight at once, 1 to {@value BulkRestore#MAX_CONCURRENCY}, each on a worker thread of the run's
         * own (named {@code webex-bulk-restore-N}, ended with the run); default 1.
         */
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

        /**
         * True to send again the IDs an earlier run found bad ({@link BadId}, per the journal): after someone
         * deleted them since, say, or to see Webex's answer again. Default false: they are left out of the plan
         * and listed in {@link BulkPlan#knownBadIds()} and the report.
         */
        public Builder retryBadIds(boolean retryBadIds) {
            this.retryBadIds = retryBadIds;
            return this;
        }

        /**
         * Stops a run gracefully once {@code condition} is true (a signal handler sets it, say): no call starts
         * after that, calls waiting before a retry or at the pacing gate end their wait at once, and calls on the
         * wire finish (each within the client's attempt timeout) and are journaled; the report lists the rest as
         * {@link BulkReport#notAttempted()} and says {@link BulkReport#interrupted()}. Asked often, from the
         * run's threads: must be thread-safe and quick. Default: never. Interrupting the thread that runs the
         * run does the same, except for waits already begun.
         */
        public Builder stopWhen(BooleanSupplier condition) {
            this.stopWhen = Objects.requireNonNull(condition, "condition");
            return this;
        }

        /** Hears the progress of a run; called from worker threads. Default: nothing. */
        public Builder listener(BulkProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public BulkRestore build() {
            return new BulkRestore(this);
        }
    }
}
